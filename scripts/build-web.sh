#!/bin/sh
# Builds the dashboard from web/src into web/dist, which is committed and
# embedded in the binary (so `go build` needs no Node.js). Installs the exact
# package versions of web/package-lock.json first.
set -eu
cd "$(dirname "$0")/../web"
npm ci --no-audit --no-fund
npm run build
ls -l dist
