#!/bin/sh
# Reads a Parquet file written by `parley export --format parquet` with
# DuckDB (the npm package @duckdb/node-api, installed into a temporary
# directory) and prints its schema and row count.
#
#   scripts/parquet-duckdb.sh events.parquet
set -eu
file=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
npm install --silent --no-audit --no-fund @duckdb/node-api >/dev/null
cat > check.mjs <<'JS'
import { DuckDBInstance } from '@duckdb/node-api';
const file = process.argv[2].replaceAll("'", "''");
const con = await (await DuckDBInstance.create(':memory:')).connect();
const schema = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
for (const c of schema.getRowObjectsJson()) console.log(`${c.column_name}\t${c.column_type}`);
const n = await con.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${file}')`);
console.log(`rows\t${n.getRowObjectsJson()[0].n}`);
JS
node check.mjs "$file"
