#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for the full test suite, then the npm packages.
#   Debian: chromium (browser tests, through playwright-core) and nginx (the static-host test).
#   npm:    exactly the lockfile (npm ci). No test tool downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
npm ci --no-audit --no-fund
