#!/usr/bin/env bash
# Builds the mock-payments-server image with no registry: a root filesystem made by java-rootfs.sh
# (a jlink runtime and the shared libraries it needs) plus the server's jars, then `docker build`
# FROM scratch, which trains the AOT cache. With arm64, the same image for arm64 (tagged
# <tag>-arm64), from Debian's arm64 packages; its AOT cache is trained under qemu-aarch64-static,
# named explicitly in the Dockerfile's training steps (no binfmt handler is registered).
# Usage: build-image.sh <target dir> <image name> <image tag> [arm64]
set -euo pipefail

target=$(cd "$1" && pwd)
name=$2
tag=$3
arch=${4:-}
context="$target/image${arch:+-$arch}"
rootfs="$context/rootfs"
here=$(cd "$(dirname "$0")" && pwd)

if ! docker info >/dev/null 2>&1; then
  echo "build-image: no Docker engine answers 'docker info'; start one (see README) or pass -Dimage.skip" >&2
  exit 1
fi

bash "$here/java-rootfs.sh" "$rootfs" java.base,java.logging,java.naming,jdk.unsupported ${arch:-amd64}
rm -rf "$rootfs/app"
mkdir -p "$rootfs/app/lib"
cp "$target/lib/"*.jar "$rootfs/app/lib/"
cp "$target/mock-payments-server.jar" "$rootfs/app/mock-payments-server.jar"
cp "$here/jvm.args" "$rootfs/app/jvm.args"
# The class path, as a java @argfile that every stage of the Dockerfile names: an explicit list in a
# fixed order, which the AOT cache needs at training and at run time alike. Jetty is inside the
# server's jar (relocated); lib/ holds what stays visible.
(cd "$rootfs/app" && printf -- '-cp /app/mock-payments-server.jar%s\n' "$(ls lib/*.jar | sort | sed 's:^:\:/app/:' | tr -d '\n')") \
  >"$rootfs/app/classpath.args"
# The protocol recipes, for MOCK_STUBS_FILE=/recipes/<name>.json; they live in the client jar.
rm -rf "$context/recipes-jar" "$rootfs/recipes"
mkdir -p "$context/recipes-jar" "$rootfs/recipes"
client_jar=$(ls "$target/lib/"mock-payments-client-*.jar)
(cd "$context/recipes-jar" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$client_jar" org/mockpayments/recipes)
cp "$context/recipes-jar/org/mockpayments/recipes/"*.json "$rootfs/recipes/"

rm -rf "$context/emulator"
mkdir -p "$context/emulator"
if [ "$arch" = arm64 ]; then
  mkdir -p "$context/emulator/usr/bin"
  cp -L "$(bash "$here/debian-jdk.sh")/bin/qemu-aarch64-static" "$context/emulator/usr/bin/"
  sed 's|^RUN \["/opt/java/bin/java", |RUN ["/usr/bin/qemu-aarch64-static", "/opt/java/bin/java", |' \
    "$here/Dockerfile" >"$context/Dockerfile"
  tags=(-t "$name:$tag-arm64")
  platform=(--platform linux/arm64)
  built=$name:$tag-arm64
else
  cp "$here/Dockerfile" "$context/Dockerfile"
  tags=(-t "$name:$tag" -t "$name:latest")
  platform=()
  built=$name:$tag
fi
# The legacy builder needs no BuildKit plug-in, which a plain docker.io install lacks.
if ! DOCKER_BUILDKIT=0 docker build --force-rm "${platform[@]}" "${tags[@]}" "$context" >"$context/build.log" 2>&1; then
  cat "$context/build.log" >&2
  exit 1
fi
echo "build-image: built $built ($(docker image inspect -f '{{.Architecture}}, {{.Size}}' "$built" | awk -F', ' '{printf "%s, %.1f MB", $1, $2/1000000}'))"
