#!/usr/bin/env bash
# Builds the mock-payments-server image with no registry: a root filesystem made by java-rootfs.sh
# (a jlink runtime and the shared libraries it needs) plus the server's jars, then `docker build`
# FROM scratch.
# Usage: build-image.sh <target dir> <image name> <image tag>
set -euo pipefail

target=$1
name=$2
tag=$3
context="$target/image"
rootfs="$context/rootfs"
here=$(cd "$(dirname "$0")" && pwd)

if ! docker info >/dev/null 2>&1; then
  echo "build-image: no Docker engine answers 'docker info'; start one (see README) or pass -Dimage.skip" >&2
  exit 1
fi

bash "$here/java-rootfs.sh" "$rootfs" java.base,java.logging,java.naming,jdk.unsupported,jdk.crypto.ec
mkdir -p "$rootfs/app/lib"
cp "$target/lib/"*.jar "$rootfs/app/lib/"
cp "$target/mock-payments-server.jar" "$rootfs/app/mock-payments-server.jar"
# The protocol recipes, for MOCK_STUBS_FILE=/recipes/<name>.json; they live in the client jar.
rm -rf "$context/recipes-jar" "$rootfs/recipes"
mkdir -p "$context/recipes-jar" "$rootfs/recipes"
client_jar=$(ls "$target/lib/"mock-payments-client-*.jar)
(cd "$context/recipes-jar" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$client_jar" org/mockpayments/recipes)
cp "$context/recipes-jar/org/mockpayments/recipes/"*.json "$rootfs/recipes/"

cp "$here/Dockerfile" "$context/Dockerfile"
# The legacy builder needs no BuildKit plug-in, which a plain docker.io install lacks.
if ! DOCKER_BUILDKIT=0 docker build --force-rm -t "$name:$tag" -t "$name:latest" "$context" >"$context/build.log" 2>&1; then
  cat "$context/build.log" >&2
  exit 1
fi
echo "build-image: built $name:$tag ($(docker image inspect -f '{{.Size}}' "$name:$tag" | awk '{printf "%.1f MB", $1/1000000}'))"
