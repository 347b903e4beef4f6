#!/usr/bin/env bash
# The image as users get it: pushes it to a registry of our own on localhost, removes the local copy
# under the registry's name, pulls it back with `docker pull`, and runs the consumer project's
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
docker rmi "$pulled" "$registry/mock-payments-server:latest" >/dev/null
if docker image inspect "$pulled" >/dev/null 2>&1; then
  echo "registry-roundtrip: $pulled is still here after docker rmi" >&2
  exit 1
fi
docker pull --quiet "$pulled"
if [ "$(docker image inspect -f '{{.Id}}' "$pulled")" != "$(docker image inspect -f '{{.Id}}' "mock-payments-server:$version")" ]; then
  echo "registry-roundtrip: the pulled image is not the one pushed" >&2
  exit 1
fi

echo "registry-roundtrip: consumer tests against $pulled, named as a compatible substitute"
mvn -B -q -f examples/consumer/pom.xml -Ptestcontainers-offline test -Dtest=RegistryImageTest -DmockPayments.image="$pulled"

echo "registry-roundtrip: consumer tests with TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX=$registry/, pulling on demand"
docker rmi "$pulled" >/dev/null
TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX="$registry/" mvn -B -q -f examples/consumer/pom.xml -Ptestcontainers-offline test -Dtest=ContainerPaymentsTest
docker image inspect "$pulled" >/dev/null
echo "registry-roundtrip: passed"
