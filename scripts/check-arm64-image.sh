#!/usr/bin/env bash
# Proves the arm64 image without an arm64 machine. On the image's files (created, never run, then
# exported): every ELF file is aarch64, and its configuration (user, ports, entry point) is the
# amd64 image's. Then the image itself runs, in a container, with Debian's static
# qemu-aarch64-static mounted in and named before its entry point (invoked explicitly; no binfmt
# handler is registered), and -XX:AOTMode=on, which stops the JVM if the AOT cache trained for arm64
# does not load: it must answer /health.
# Usage: check-arm64-image.sh <image name> <tag>
set -euo pipefail
cd "$(dirname "$0")/.."

name=$1
tag=$2
arm64=$name:$tag-arm64
debian=$(bash mock-server-image/src/image/debian-jdk.sh)
files=$(mktemp -d /tmp/mock-payments-arm64.XXXXXX)
container=""
cleanup() {
  if [ -n "$container" ]; then
    docker rm -f "$container" >/dev/null || true
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
docker rm "$container" >/dev/null
container=""
[ -s "$files/app/app.aot" ] || fail "$arm64 has no AOT cache at /app/app.aot"

elves=0
while IFS= read -r -d '' file; do
  if [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ]; then
    machine=$("$debian/bin/readelf" -h "$file" | sed -n 's/^ *Machine: *//p')
    [ "$machine" = AArch64 ] || fail "${file#"$files"} is for $machine, not AArch64"
    elves=$((elves + 1))
  fi
done < <(find "$files" -type f -print0)
[ "$elves" -gt 10 ] || fail "only $elves ELF files in $arm64; the Java runtime is missing"
echo "check-arm64-image: $elves ELF files in $arm64, all AArch64; an AOT cache of $(($(stat -c %s "$files/app/app.aot") / 1000000)) MB"

entrypoint=$(config '{{range .Config.Entrypoint}}{{println .}}{{end}}' "$arm64")
mapfile -t command <<<"$entrypoint"
container=$(docker run -d --platform linux/arm64 -p 127.0.0.1::8081 \
  -v "$(readlink -f "$debian/bin/qemu-aarch64-static"):/usr/bin/qemu-aarch64-static:ro" \
  --entrypoint /usr/bin/qemu-aarch64-static "$arm64" "${command[0]}" -XX:AOTMode=on "${command[@]:1}")
control_port=$(docker port "$container" 8081/tcp | head -1 | sed 's/.*://')
started=$(date +%s%N)
deadline=$((SECONDS + 120))
until health=$(curl -fsS "http://127.0.0.1:$control_port/health" 2>/dev/null); do
  [ "$(docker inspect -f '{{.State.Running}}' "$container")" = true ] \
    || fail "the arm64 server exited; its log: $(docker logs "$container" 2>&1)"
  [ "$SECONDS" -lt "$deadline" ] || fail "no /health answer in 120 s; its log: $(docker logs "$container" 2>&1)"
  sleep 0.2
done
grep -q '"status":"UP"' <<<"$health" || fail "/health answered $health"
echo "check-arm64-image: $arm64 under qemu-aarch64-static, with its AOT cache required, answered /health in $((($(date +%s%N) - started) / 1000000)) ms: $health"
