#!/usr/bin/env bash
# Prints the project version from the parent pom (the one version every artifact and the image share).
set -euo pipefail
cd "$(dirname "$0")/.."
sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1
