#!/usr/bin/env bash
# Makes sure Debian's headless Chromium and its driver are installed, for the debug page's browser
# test. Nothing is downloaded at test time: both come from Debian's packages (needs root and apt).
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: Chromium and chromedriver are missing and I cannot install them here (need root and apt-get)." >&2
  echo "ensure-chromium: install Debian's 'chromium' and 'chromium-driver' packages, then run this again." >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium and chromium-driver"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
