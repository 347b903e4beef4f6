#!/usr/bin/env bash
# Fetches what the images are made of, from Debian 13 (trixie), with no registry and no change to
# this machine: OpenJDK 25 for amd64 and arm64 (one version for both), the C and C++ libraries it
# links against for each, the binutils that strip and read their files, and Debian's static
# qemu-aarch64 (to train and prove the arm64 runtime, always invoked explicitly; no binfmt handler is
# registered).
# Debian 13's package lists are fetched into the cache with an apt configuration of its own, and the
# packages unpacked there with dpkg-deb, never installed. The build machine may run an older Debian:
# its amd64 tools run under Debian 13's own loader and libraries, through the wrappers in bin/.
# Prints the folder: jmods-amd64/ and jmods-arm64/ (what jlink links), sysroot-amd64/ and
# sysroot-arm64/ (the libraries), bin/ (jlink, readelf, strip-amd64, strip-arm64,
# qemu-aarch64-static).
# Usage: debian-jdk.sh
set -euo pipefail

log() { echo "debian-jdk: $*" >&2; }

jdk=openjdk-25
root=${MOCK_PAYMENTS_CACHE:-$HOME/.cache/mock-payments}/debian-jdk
apt_dir=$root/apt
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -r "$keyring" ] || {
  log "no $keyring to check Debian 13's package lists with; install debian-archive-keyring"
  exit 1
}

mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial"
cat >"$apt_dir/sources.list" <<EOF
deb [signed-by=$keyring] http://deb.debian.org/debian trixie main
deb [signed-by=$keyring] http://deb.debian.org/debian trixie-updates main
deb [signed-by=$keyring] http://deb.debian.org/debian-security trixie-security main
EOF
apt_options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir" -o Dir::State::status=/dev/null
  -o APT::Architectures::=amd64 -o APT::Architectures::=arm64 -o Debug::NoLocking=1
  -o APT::Sandbox::User=root)
# The lists are fetched once a day at most: a security update of the JDK then reaches the next build.
# Offline, apt warns and keeps the lists it had, so a JDK fetched before is still found.
if [ -z "$(find "$apt_dir/lists" -maxdepth 1 -name '*trixie-security*Packages*' -mtime -1 2>/dev/null)" ]; then
  log "fetching Debian 13's package lists into $apt_dir"
  apt-get "${apt_options[@]}" update -qq >&2
fi
candidate() { apt-cache "${apt_options[@]}" policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}'; }

version=$(candidate "$jdk-jdk-headless:amd64")
if [ -z "$version" ] || [ "$version" = "(none)" ]; then
  log "no $jdk-jdk-headless in Debian 13's package lists in $apt_dir: were they fetched? (apt's messages above say)"
  exit 1
fi
if [ "$(candidate "$jdk-jdk-headless:arm64")" != "$version" ]; then
  log "Debian 13 offers $jdk-jdk-headless '$version' for amd64 and '$(candidate "$jdk-jdk-headless:arm64")' for arm64; both images need one version"
  exit 1
fi

cache=$root/$version
if [ -f "$cache/complete" ]; then
  echo "$cache"
  exit 0
fi

log "fetching $jdk $version for amd64 and arm64, their libraries, binutils and qemu-user into $cache"
rm -rf "$cache"
mkdir -p "$cache/debs"
libraries=(libc6 libgcc-s1 libstdc++6 zlib1g)
tools=(binutils-x86-64-linux-gnu binutils-aarch64-linux-gnu libbinutils libsframe1 libzstd1 libjansson4
  libctf0 libctf-nobfd0 qemu-user)
packages=()
for arch in amd64 arm64; do
  packages+=("$jdk-jdk-headless:$arch=$version" "$jdk-jre-headless:$arch=$version")
  packages+=("${libraries[@]/%/:$arch}")
done
packages+=("${tools[@]/%/:amd64}")
(cd "$cache/debs" && apt-get "${apt_options[@]}" download -qq "${packages[@]}" >&2)

unpack() {
  local into=$1
  shift
  mkdir -p "$cache/$into"
  for deb in "$@"; do
    dpkg-deb -x "$deb" "$cache/$into"
  done
}
for arch in amd64 arm64; do
  unpack "$arch" "$cache/debs/"$jdk-*_"$arch".deb
  unpack "sysroot-$arch" "$cache/debs/"libc6_*_"$arch".deb "$cache/debs/"libgcc-s1_*_"$arch".deb \
    "$cache/debs/"libstdc++6_*_"$arch".deb "$cache/debs/"zlib1g_*_"$arch".deb
  ln -s "$arch/usr/lib/jvm/java-25-openjdk-$arch/jmods" "$cache/jmods-$arch"
done
unpack tools "$cache/debs/"binutils-*_amd64.deb "$cache/debs/"lib*_amd64.deb "$cache/debs/"qemu-user_*_amd64.deb

# The JDK's configuration files are links to /etc/java-25-openjdk; point them at the unpacked ones.
find "$cache/amd64" -type l -lname '/etc/java-25-openjdk/*' | while read -r link; do
  ln -sfn "$cache/amd64$(readlink "$link")" "$link"
done

# Debian 13's amd64 programs, run by Debian 13's loader with its libraries, whatever the host's are.
libs=$cache/sysroot-amd64/usr/lib/x86_64-linux-gnu
mkdir -p "$cache/bin"
wrap() {
  printf '#!/bin/sh\nexec %s --library-path %s %s "$@"\n' "$libs/ld-linux-x86-64.so.2" \
    "$libs:$cache/tools/usr/lib/x86_64-linux-gnu" "$2" >"$cache/bin/$1"
  chmod +x "$cache/bin/$1"
}
wrap jlink "$cache/amd64/usr/lib/jvm/java-25-openjdk-amd64/bin/jlink"
wrap readelf "$cache/tools/usr/bin/aarch64-linux-gnu-readelf"
wrap strip-amd64 "$cache/tools/usr/bin/x86_64-linux-gnu-strip"
wrap strip-arm64 "$cache/tools/usr/bin/aarch64-linux-gnu-strip"
ln -s ../tools/usr/bin/qemu-aarch64 "$cache/bin/qemu-aarch64-static"

if [ "$("$cache/bin/jlink" --version)" != "$(echo "${version%%+*}" | sed 's/~.*//')" ]; then
  log "the unpacked jlink says $("$cache/bin/jlink" --version), not ${version%%+*}"
  exit 1
fi
"$cache/bin/strip-arm64" --version >/dev/null && "$cache/bin/readelf" --version >/dev/null
rm -rf "$cache/debs"
touch "$cache/complete"
echo "$cache"
