#!/usr/bin/env bash
# `make run`: builds the mock server and runs it in the foreground for manual debugging, in its
# image when a Docker engine answers, else directly on this machine's JVM (the very same server).
set -euo pipefail
cd "$(dirname "$0")/.."

ws_port=${MOCK_WS_PORT:-8080}
control_port=${MOCK_CONTROL_PORT:-8081}
image=mock-payments-server:latest

banner() {
  echo
  echo "  WebSocket endpoint:  ws://localhost:$ws_port/<any path>"
  echo "  Debug page:          http://localhost:$control_port/   (watch and drive connections in a browser)"
  echo "  Control API:         http://localhost:$control_port/<route>   (try: curl localhost:$control_port/health)"
  echo "  Reference:           docs/control-api.md"
  echo "  Stop with Ctrl-C."
  echo
}

if docker info >/dev/null 2>&1; then
  mvn -B -q -pl mock-server-image -am package -DskipTests
  echo "make run: running the $image container"
  banner
  stubs_args=()
  if [ -n "${MOCK_STUBS_FILE:-}" ]; then
    stubs_args=(-v "$(readlink -f "$MOCK_STUBS_FILE"):/stubs.json:ro" -e MOCK_STUBS_FILE=/stubs.json)
  fi
  tty_args=()
  [ -t 0 ] && tty_args=(-it)
  exec docker run --rm "${tty_args[@]}" --name mock-payments-server-run \
    -p "127.0.0.1:$ws_port:8080" -p "127.0.0.1:$control_port:8081" "${stubs_args[@]}" "$image"
else
  mvn -B -q -pl mock-server-image -am package -DskipTests -Dimage.skip=true
  echo "make run: no Docker engine answers 'docker info', so the same server runs directly on this JVM"
  banner
  export MOCK_WS_PORT=$ws_port MOCK_CONTROL_PORT=$control_port
  exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar mock-server-image/target/mock-payments-server.jar
fi
