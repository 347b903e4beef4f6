#!/usr/bin/env bash
# Proves the arm64 image without an arm64 machine, on the files of the image itself (created, never
# run, then exported): every ELF file is aarch64; it has no class-data-sharing archive (one made for
# amd64 would not load); its configuration (user, ports, entry point) is the amd64 image's; and its
# Java serves: the entry point runs under qemu-aarch64-static, invoked explicitly on the exported
# files (no binfmt handler is registered), until /health answers.
# Usage: check-arm64-image.sh <image name> <tag>
set -euo pipefail
cd "$(dirname "$0")/.."

name=$1
tag=$2
arm64=$name:$tag-arm64
debian=$(bash mock-server-image/src/image/debian-arm64.sh)
files=$(mktemp -d /tmp/mock-payments-arm64.XXXXXX)
container=""
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
  fi
  if [ -n "$container" ]; then
    docker rm "$container" >/dev/null || true
  fi
  rm -rf "$files"
}
trap cleanup EXIT
fail() {
  echo "check-arm64-image: $*" >&2
  exit 1
}

config() { docker image inspect -f "$1" "$2"; }
[ "$(config '{{.Os}}/{{.Architecture}}' "$arm64")" = linux/arm64 ] \
  || fail "$arm64 is $(config '{{.Os}}/{{.Architecture}}' "$arm64"), not linux/arm64"
for field in '{{.Config.User}}' '{{json .Config.Entrypoint}}' '{{json .Config.ExposedPorts}}'; do
  [ "$(config "$field" "$arm64")" = "$(config "$field" "$name:$tag")" ] \
    || fail "$field of $arm64 differs from $name:$tag's"
done

container=$(docker create --platform linux/arm64 "$arm64")
docker export "$container" | tar -x -C "$files"
[ ! -e "$files/app/classes.jsa" ] || fail "$arm64 has a class-data-sharing archive, made for another architecture"

elves=0
while IFS= read -r -d '' file; do
  if [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ]; then
    machine=$("$debian/bin/aarch64-linux-gnu-readelf" -h "$file" | sed -n 's/^ *Machine: *//p')
    [ "$machine" = AArch64 ] || fail "${file#"$files"} is for $machine, not AArch64"
    elves=$((elves + 1))
  fi
done < <(find "$files" -type f -print0)
[ "$elves" -gt 10 ] || fail "only $elves ELF files in $arm64; the Java runtime is missing"
echo "check-arm64-image: $elves ELF files in $arm64, all AArch64; no class-data-sharing archive"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ws_port=$(free_port)
control_port=$(free_port)
entrypoint=$(config '{{range .Config.Entrypoint}}{{println .}}{{end}}' "$arm64")
mapfile -t command <<<"$entrypoint"
# qemu -L finds the loader and the libraries under the exported files; the JVM's own files (its
# class path) are pointed there explicitly.
command=("${command[@]//\/app\//$files/app/}")
# The class path is in a java @argfile (/app/classpath.args): point its paths there too, in this
# exported copy.
sed -i "s#/app/#$files/app/#g" "$files/app/classpath.args"
MOCK_WS_PORT=$ws_port MOCK_CONTROL_PORT=$control_port \
  "$debian/bin/qemu-aarch64-static" -L "$files" "$files${command[0]}" "${command[@]:1}" \
  >"$files/server.log" 2>&1 &
server=$!
started=$(date +%s%N)
deadline=$((SECONDS + 120))
until health=$(curl -fsS "http://127.0.0.1:$control_port/health" 2>/dev/null); do
  kill -0 "$server" 2>/dev/null || fail "the arm64 server exited; its log: $(cat "$files/server.log")"
  [ "$SECONDS" -lt "$deadline" ] || fail "no /health answer in 120 s; its log: $(cat "$files/server.log")"
  sleep 0.2
done
grep -q '"status":"UP"' <<<"$health" || fail "/health answered $health"
echo "check-arm64-image: $arm64's Java under qemu-aarch64-static answered /health in $((($(date +%s%N) - started) / 1000000)) ms: $health"
