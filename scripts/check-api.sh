#!/usr/bin/env bash
# The public API of a published artifact, recorded: the public and protected signatures of its
# public packages (javap), compared with the committed api/<artifact>.api. A difference fails the
# build with the diff; when the change is deliberate, record it: make api (or UPDATE_API=1).
# Usage: check-api.sh <jar> <api file>
set -euo pipefail

jar=$1
recorded=$2
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

classes=$(unzip -Z1 "$jar" | grep '\.class$' | grep -v '/internal/' | grep -v '/shaded/' | grep -v 'module-info\|package-info' \
  | sed 's/\.class$//; s:/:.:g' | sort)
current=$(mktemp)
trap 'rm -f "$current"' EXIT
for class in $classes; do
  signature=$("$java_home/bin/javap" -protected -cp "$jar" "$class" | grep -v '^Compiled from')
  # Package-private types are not API.
  case "$signature" in
    public*|protected*) echo "$signature" | { grep -E '^(public|protected|  public|  protected|})' || true; } ;;
  esac
done >"$current"

if [ "${UPDATE_API:-}" = 1 ]; then
  mkdir -p "$(dirname "$recorded")"
  cp "$current" "$recorded"
  chmod 644 "$recorded"
  echo "check-api: recorded $(grep -c '^public\|^protected' "$recorded") types in $recorded"
  exit 0
fi
if [ ! -f "$recorded" ]; then
  echo "check-api: $recorded is missing; record the API with: make api" >&2
  exit 1
fi
if ! diff -u "$recorded" "$current"; then
  echo "check-api: the public API of $(basename "$jar") differs from $recorded (diff above)." >&2
  echo "check-api: if the change is deliberate, record it with 'make api' and say so in the docs and the commit." >&2
  exit 1
fi
