#!/usr/bin/env bash
# The image as users get it: pushes it (amd64 and arm64 under one tag) to a registry of our own on
# localhost, checks the manifest list names both platforms and that each kind of host pulls its own
# image, pulls it back with `docker pull`, and runs the consumer project's
# container tests against the pulled image, both ways the README shows: named explicitly as a
# compatible substitute, and unchanged through Testcontainers' hub.image.name.prefix (which pulls
# it on demand). Needs the artifacts installed (make install).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(bash scripts/project-version.sh)
export REGISTRY_PID_FILE=/tmp/mock-payments-registry-$$.pid
registry=$(bash scripts/ensure-registry.sh)
pulled="$registry/mock-payments-server:$version"
cleanup() {
  kill "$(cat "$REGISTRY_PID_FILE")" 2>/dev/null || true
  rm -f "$REGISTRY_PID_FILE"
  docker rmi "$pulled" "$registry/mock-payments-server:latest" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "registry-roundtrip: registry at $registry"
bash scripts/push-image.sh "$registry"
if docker image inspect "$pulled" >/dev/null 2>&1; then
  echo "registry-roundtrip: $pulled is here before any pull" >&2
  exit 1
fi
platforms=$(docker manifest inspect --insecure "$pulled" | grep -A3 '"platform"' | sed -n 's/.*"architecture": "\(.*\)".*/\1/p' | sort | xargs)
if [ "$platforms" != "amd64 arm64" ]; then
  echo "registry-roundtrip: the manifest list of $pulled names '$platforms', not 'amd64 arm64'" >&2
  exit 1
fi
# Each kind of host gets its own image: the pull names the platform an arm64 host would.
for platform in arm64 amd64; do
  docker pull --quiet --platform "linux/$platform" "$pulled" >/dev/null
  local_image="mock-payments-server:$version"
  if [ "$platform" = arm64 ]; then
    local_image="$local_image-arm64"
  fi
  if [ "$(docker image inspect -f '{{.Architecture}} {{.Id}}' "$pulled")" != "$platform $(docker image inspect -f '{{.Id}}' "$local_image")" ]; then
    echo "registry-roundtrip: the linux/$platform pull of $pulled is not $local_image" >&2
    exit 1
  fi
  echo "registry-roundtrip: a linux/$platform host pulls $local_image from $pulled"
  if [ "$platform" = arm64 ]; then
    docker rmi "$pulled" >/dev/null
  fi
done

echo "registry-roundtrip: consumer tests against $pulled, named as a compatible substitute"
mvn -B -q -f examples/consumer/pom.xml -Ptestcontainers-offline test -Dtest=RegistryImageTest -DmockPayments.image="$pulled"

echo "registry-roundtrip: consumer tests with TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX=$registry/, pulling on demand"
docker rmi "$pulled" >/dev/null
TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX="$registry/" mvn -B -q -f examples/consumer/pom.xml -Ptestcontainers-offline test -Dtest=ContainerPaymentsTest
docker image inspect "$pulled" >/dev/null
echo "registry-roundtrip: passed"
