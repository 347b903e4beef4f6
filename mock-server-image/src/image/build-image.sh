#!/usr/bin/env bash
# Builds the mock-payments-server image with no registry: assembles a root filesystem from the
# build JDK (jlink), the shared libraries that runtime links against, and the server's jars, then
# runs `docker build` on it FROM scratch.
# Usage: build-image.sh <target dir> <image name> <image tag>
set -euo pipefail

target=$1
name=$2
tag=$3
context="$target/image"
rootfs="$context/rootfs"
here=$(cd "$(dirname "$0")" && pwd)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
modules=java.base,java.logging,jdk.unsupported,jdk.crypto.ec

if ! docker info >/dev/null 2>&1; then
  echo "build-image: no Docker engine answers 'docker info'; start one (see README) or pass -Dimage.skip" >&2
  exit 1
fi

rm -rf "$rootfs"
mkdir -p "$rootfs/app" "$rootfs/etc" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$rootfs/opt/java"

# Only the launcher is run; native symbol tables are not needed to run it.
rm -f "$rootfs/opt/java/lib/jrt-fs.jar" "$rootfs/opt/java/lib/classlist" "$rootfs/opt/java/bin/keytool" \
  "$rootfs/opt/java/lib/jexec"
if command -v strip >/dev/null; then
  find "$rootfs/opt/java" -name '*.so' -exec strip --strip-unneeded {} +
fi

# The dynamic loader and every library the runtime's binaries need, at the paths they are sought.
find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/java' \) -print0 \
  | xargs -0 ldd 2>/dev/null \
  | grep -oE '(/[^ ]+\.so[^ ]*)' \
  | grep -v "^$rootfs" \
  | sort -u \
  | while read -r lib; do
      mkdir -p "$rootfs$(dirname "$lib")"
      cp -L "$lib" "$rootfs$lib"
    done

mkdir -p "$rootfs/app/lib"
cp "$target/lib/"*.jar "$rootfs/app/lib/"
cp "$target/mock-payments-server.jar" "$rootfs/app/mock-payments-server.jar"

printf 'root:x:0:0:root:/:/sbin/nologin\nmock:x:10001:10001:mock:/tmp:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nmock:x:10001:\n' > "$rootfs/etc/group"

cp "$here/Dockerfile" "$context/Dockerfile"
# The legacy builder needs no BuildKit plug-in, which a plain docker.io install lacks.
if ! DOCKER_BUILDKIT=0 docker build --force-rm -t "$name:$tag" -t "$name:latest" "$context" >"$context/build.log" 2>&1; then
  cat "$context/build.log" >&2
  exit 1
fi
echo "build-image: built $name:$tag ($(docker image inspect -f '{{.Size}}' "$name:$tag" | awk '{printf "%.1f MB", $1/1000000}'))"
