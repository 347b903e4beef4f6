#!/usr/bin/env bash
# `make push-image REGISTRY=host:port`: pushes the image for both architectures under one tag, as a
# multi-architecture manifest list, <registry>/mock-payments-server:<version> and :latest, so that
# `docker pull` on an amd64 or an arm64 host gets its own. The amd64 image is the one `make image`
# builds (mock-payments-server:<version>), the arm64 one `make image-arm64`'s (<version>-arm64);
# each is pushed first under its own tag (<version>-amd64, <version>-arm64), which the list names.
set -euo pipefail
cd "$(dirname "$0")/.."

registry=${1:-}
if [ -z "$registry" ]; then
  echo "push-image: say where to push: make push-image REGISTRY=host:port" >&2
  exit 2
fi
version=$(bash scripts/project-version.sh)
declare -A local_image=([amd64]="mock-payments-server:$version" [arm64]="mock-payments-server:$version-arm64")
pushed=()
for arch in amd64 arm64; do
  if ! docker image inspect "${local_image[$arch]}" >/dev/null 2>&1; then
    echo "push-image: there is no image ${local_image[$arch]}; build it with make image image-arm64" >&2
    exit 1
  fi
  remote="$registry/mock-payments-server:$version-$arch"
  docker tag "${local_image[$arch]}" "$remote"
  docker push --quiet "$remote" >/dev/null
  docker rmi "$remote" >/dev/null
  pushed+=("$remote")
done
# Docker trusts a registry on localhost without TLS, but its manifest commands need to be told.
for tag in "$version" latest; do
  list="$registry/mock-payments-server:$tag"
  docker manifest create --insecure --amend "$list" "${pushed[@]}" >/dev/null
  docker manifest push --insecure --purge "$list" >/dev/null
done
echo "push-image: pushed $registry/mock-payments-server:$version and :latest for linux/amd64 and linux/arm64"
