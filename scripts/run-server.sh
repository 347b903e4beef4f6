#!/usr/bin/env bash
# `make run`: builds the mock server and runs it in the foreground for manual debugging, in its
# image when a Docker engine answers, else directly on this machine's JVM (the very same server).
# Ports: MOCK_WS_PORT (default 8080) and MOCK_CONTROL_PORT (default 8081); stubs: MOCK_STUBS_FILE;
# proxy: MOCK_PROXY_TARGET, MOCK_PROXY_HEADERS, MOCK_PROXY_INSECURE.
set -euo pipefail
cd "$(dirname "$0")/.."

ws_port=${MOCK_WS_PORT:-8080}
control_port=${MOCK_CONTROL_PORT:-8081}
image=mock-payments-server:latest

# Maven 3.8 writes colour codes even in batch mode; keep them off anything that is not a terminal.
plain() {
  if [ -t 1 ]; then cat; else sed -u 's/\x1b\[[0-9;]*m//g'; fi
}

port_taken() {
  (echo >"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1
}

taken=()
for port in "$ws_port" "$control_port"; do
  if port_taken "$port"; then
    taken+=("$port")
  fi
done
if [ "$ws_port" = "$control_port" ]; then
  echo "make run: MOCK_WS_PORT and MOCK_CONTROL_PORT are both $ws_port; give them different ports." >&2
  exit 2
fi
if [ "${#taken[@]}" -gt 0 ]; then
  echo "make run: port ${taken[*]} on this machine is already in use (by another program or another make run)." >&2
  echo "make run: pick free ones, for example: MOCK_WS_PORT=9080 MOCK_CONTROL_PORT=9081 make run" >&2
  exit 2
fi

banner() {
  echo
  echo "  WebSocket endpoint:  ws://localhost:$ws_port/<any path>"
  echo "  Debug page:          http://localhost:$control_port/   (watch and drive connections in a browser)"
  echo "  Control API:         http://localhost:$control_port/<route>   (try: curl localhost:$control_port/health)"
  echo "  Reference:           docs/control-api.md, and http://localhost:$control_port/openapi.json"
  echo "  Stop with Ctrl-C."
  echo
}

if docker info >/dev/null 2>&1; then
  mvn -B -q -pl mock-server-image -am package -DskipTests 2>&1 | plain
  stubs_args=()
  if [ -n "${MOCK_STUBS_FILE:-}" ]; then
    stubs_args=(-v "$(readlink -f "$MOCK_STUBS_FILE"):/stubs.json:ro" -e MOCK_STUBS_FILE=/stubs.json)
  fi
  # The proxy's settings (docs/record-your-sandbox.md) go through as they are.
  for var in MOCK_PROXY_TARGET MOCK_PROXY_HEADERS MOCK_PROXY_INSECURE; do
    [ -n "${!var:-}" ] && stubs_args+=(-e "$var")
  done
  tty_args=()
  [ -t 0 ] && [ -t 1 ] && tty_args=(-it)
  # One name per pair of ports, so that several `make run` on other ports live side by side.
  name="mock-payments-server-run-$ws_port-$control_port"
  echo "make run: running the $image container as $name"
  banner
  exec docker run --rm "${tty_args[@]}" --name "$name" \
    -p "127.0.0.1:$ws_port:8080" -p "127.0.0.1:$control_port:8081" "${stubs_args[@]}" "$image"
else
  mvn -B -q -pl mock-server-image -am package -DskipTests -Dimage.skip=true 2>&1 | plain
  echo "make run: no Docker engine answers 'docker info', so the same server runs directly on this JVM"
  banner
  export MOCK_WS_PORT=$ws_port MOCK_CONTROL_PORT=$control_port
  exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp 'mock-server-image/target/mock-payments-server.jar:mock-server-image/target/lib/*' \
    org.mockpayments.server.MockPaymentsServer
fi
