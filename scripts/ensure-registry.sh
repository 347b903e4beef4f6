#!/usr/bin/env bash
# Starts a container registry of this run's own on localhost (Debian's docker-registry, the CNCF
# distribution registry), on the first free port from 5000, storing in a temporary folder, and
# prints its address (localhost:PORT). Docker trusts registries on localhost without TLS.
# Stop it with: kill "$(cat "$REGISTRY_PID_FILE")" (default /tmp/mock-payments-registry.pid).
set -euo pipefail

pid_file=${REGISTRY_PID_FILE:-/tmp/mock-payments-registry.pid}

if ! command -v docker-registry >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-registry: docker-registry is missing and I cannot install it (need root and apt-get)." >&2
    exit 1
  fi
  echo "ensure-registry: installing Debian's docker-registry" >&2
  apt-get update -qq >&2
  # The package's own service is not started: this script runs the registry itself.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-registry >/dev/null
fi

port_in_use() {
  (echo >"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1
}

port=5000
while port_in_use "$port"; do
  port=$((port + 1))
  if [ "$port" -gt 5100 ]; then
    echo "ensure-registry: no free port from 5000 to 5100" >&2
    exit 1
  fi
done

storage=$(mktemp -d /tmp/mock-payments-registry.XXXXXX)
# Our own configuration: Debian's default one asks for htpasswd credentials.
cat >"$storage.yml" <<CONFIG
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $storage
http:
  addr: 127.0.0.1:$port
CONFIG
nohup docker-registry serve "$storage.yml" >"$storage.log" 2>&1 &
echo $! >"$pid_file"

for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/v2/" >/dev/null 2>&1; then
    echo "localhost:$port"
    exit 0
  fi
  sleep 0.1
done
echo "ensure-registry: the registry did not answer on port $port; its log:" >&2
cat "$storage.log" >&2
exit 1
