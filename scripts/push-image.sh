#!/usr/bin/env bash
# `make push-image REGISTRY=host:port`: pushes mock-payments-server:<version> and :latest, as built
# by `make image`, to a registry, as <registry>/mock-payments-server:<version> and :latest.
set -euo pipefail
cd "$(dirname "$0")/.."

registry=${1:-}
if [ -z "$registry" ]; then
  echo "push-image: say where to push: make push-image REGISTRY=host:port" >&2
  exit 2
fi
version=$(bash scripts/project-version.sh)
for tag in "$version" latest; do
  if ! docker image inspect "mock-payments-server:$tag" >/dev/null 2>&1; then
    echo "push-image: there is no image mock-payments-server:$tag; build it with make image" >&2
    exit 1
  fi
  docker tag "mock-payments-server:$tag" "$registry/mock-payments-server:$tag"
  docker push --quiet "$registry/mock-payments-server:$tag"
done
echo "push-image: pushed $registry/mock-payments-server:$version and :latest"
