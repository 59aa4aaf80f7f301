#!/bin/sh
# Crash test of `parley ingest` (issue 5): 2,000 generated articles, the
# ingest process killed with SIGKILL at 20 random moments and resumed each
# time; the final database must equal that of an uninterrupted run.
#
#   scripts/crashtest.sh            # ingest with the deterministic test coder
#   scripts/crashtest.sh --real     # build bin/parley and use the real pipeline
#
# PARLEY_CRASH_DOCS and PARLEY_CRASH_KILLS change the sizes.
set -eu
cd "$(dirname "$0")/.."
export PARLEY_CRASH_DOCS="${PARLEY_CRASH_DOCS:-2000}"
export PARLEY_CRASH_KILLS="${PARLEY_CRASH_KILLS:-20}"
if [ "${1:-}" = "--real" ]; then
	mkdir -p bin
	go build -o bin/parley ./cmd/parley
	export PARLEY_CRASH_BIN="$PWD/bin/parley"
fi
exec go test -count=1 -timeout 30m -run '^TestCrash$' -v ./ingest/
