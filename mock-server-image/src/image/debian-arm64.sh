#!/usr/bin/env bash
# Fetches what an arm64 image is made of, from Debian's arm64 packages, with no emulation and no
# registry: the arm64 JDK (for its jmods), an amd64 JDK of exactly the same version (jlink only
# links jmods of its own version), the arm64 libraries the runtime links against, cross binutils
# (to strip arm64 libraries) and qemu-user-static (to prove the result, invoked explicitly; no
# binfmt handler is registered). Packages are unpacked with dpkg-deb into a cache folder, never
# installed, so their maintainer scripts never run.
# Prints the folder: jdk-amd64/ (JAVA_HOME of the jlink), jmods/, sysroot/ (arm64 libraries),
# bin/ (aarch64-linux-gnu-strip and -readelf wrappers, qemu-aarch64-static).
# Usage: debian-arm64.sh
set -euo pipefail

log() { echo "debian-arm64: $*" >&2; }

jdk=openjdk-17-jdk-headless
candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}'; }

if ! dpkg --print-foreign-architectures | grep -qx arm64 || [ -z "$(candidate "$jdk:arm64")" ] \
  || [ "$(candidate "$jdk:arm64")" = "(none)" ]; then
  if [ "$(id -u)" != 0 ]; then
    log "Debian's arm64 package lists are missing; as root run: dpkg --add-architecture arm64 && apt-get update"
    exit 1
  fi
  log "adding Debian's arm64 package lists (dpkg --add-architecture arm64; apt-get update)"
  dpkg --add-architecture arm64
  apt-get update -qq >&2
fi

version=$(candidate "$jdk:arm64")
if [ "$(candidate "$jdk:amd64")" != "$version" ]; then
  log "Debian offers $jdk $version for arm64 but $(candidate "$jdk:amd64") for amd64; jlink needs one version of both"
  exit 1
fi

cache=${MOCK_PAYMENTS_CACHE:-$HOME/.cache/mock-payments}/debian-arm64/$version
if [ -f "$cache/complete" ]; then
  echo "$cache"
  exit 0
fi

log "fetching $jdk $version (arm64 jmods, amd64 jlink), arm64 libraries, cross binutils and qemu-user-static into $cache"
rm -rf "$cache"
mkdir -p "$cache/debs"
# apt-get download writes where it runs; its sandbox user may not write there, which is harmless.
(cd "$cache/debs" && apt-get download -qq \
  "$jdk:arm64=$version" "openjdk-17-jre-headless:arm64=$version" \
  "$jdk:amd64=$version" "openjdk-17-jre-headless:amd64=$version" \
  libc6:arm64 libgcc-s1:arm64 libstdc++6:arm64 zlib1g:arm64 \
  binutils-aarch64-linux-gnu qemu-user-static 2>&1 | grep -v 'unsandboxed' >&2 || true)

unpack() {
  local into=$1
  shift
  mkdir -p "$cache/$into"
  for deb in "$@"; do
    dpkg-deb -x "$deb" "$cache/$into"
  done
}
unpack amd64 "$cache/debs/"openjdk-17-*_amd64.deb
unpack arm64 "$cache/debs/"openjdk-17-*_arm64.deb
unpack sysroot "$cache/debs/"libc6_*_arm64.deb "$cache/debs/"libgcc-s1_*_arm64.deb \
  "$cache/debs/"libstdc++6_*_arm64.deb "$cache/debs/"zlib1g_*_arm64.deb
unpack tools "$cache/debs/"binutils-aarch64-linux-gnu_*.deb "$cache/debs/"qemu-user-static_*.deb

# The JDK's configuration files are links to /etc/java-17-openjdk; point them at the unpacked ones.
ln -s amd64/usr/lib/jvm/java-17-openjdk-amd64 "$cache/jdk-amd64"
find "$cache/amd64" -type l -lname '/etc/java-17-openjdk/*' | while read -r link; do
  ln -sfn "$cache/amd64$(readlink "$link")" "$link"
done
ln -s arm64/usr/lib/jvm/java-17-openjdk-arm64/jmods "$cache/jmods"

mkdir -p "$cache/bin"
for tool in strip readelf; do
  printf '#!/bin/sh\nLD_LIBRARY_PATH=%s exec %s "$@"\n' "$cache/tools/usr/lib/x86_64-linux-gnu" \
    "$cache/tools/usr/bin/aarch64-linux-gnu-$tool" >"$cache/bin/aarch64-linux-gnu-$tool"
  chmod +x "$cache/bin/aarch64-linux-gnu-$tool"
done
ln -s ../tools/usr/bin/qemu-aarch64-static "$cache/bin/qemu-aarch64-static"

if [ "$("$cache/jdk-amd64/bin/jlink" --version)" != "${version%%+*}" ]; then
  log "the unpacked jlink is $("$cache/jdk-amd64/bin/jlink" --version), not ${version%%+*}"
  exit 1
fi
rm -rf "$cache/debs"
touch "$cache/complete"
echo "$cache"
