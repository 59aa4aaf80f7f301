#!/bin/sh
# Installs Debian's Chromium for the dashboard's browser tests
# (http/browser_test.go), unless a chromium is already on the PATH.
set -eu
if command -v chromium >/dev/null 2>&1; then
	exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
chromium --version
