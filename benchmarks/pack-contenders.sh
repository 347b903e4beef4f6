#!/usr/bin/env bash
# Packs the benchmark's other contenders the way our image is packed, with no registry: WireMock
# and MockServer each on a jlink runtime FROM scratch, a bare Jetty 12 WebSocket server (the floor
# of the WebSocket work), and a "floor" image whose only process exits at once (a static binary),
# to measure what `docker run` itself costs.
# Usage: pack-contenders.sh <benchmarks target dir>
set -euo pipefail

target=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
rootfs_script="$here/../mock-server-image/src/image/java-rootfs.sh"
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.net,jdk.unsupported

build() {
  if ! DOCKER_BUILDKIT=0 docker build -t "$1" "$2" >"$2/build.log" 2>&1; then
    cat "$2/build.log" >&2
    exit 1
  fi
}

# pack <image name> <jar, or a directory of jars for /app/lib> <java arguments...>
pack() {
  local name=$1 jar=$2
  shift 2
  local context="$target/images/$name"
  bash "$rootfs_script" "$context/rootfs" "$modules"
  mkdir -p "$context/rootfs/app"
  if [ -d "$target/contenders/$jar" ]; then
    mkdir -p "$context/rootfs/app/lib"
    cp "$target/contenders/$jar/"*.jar "$context/rootfs/app/lib/"
  else
    cp "$target/contenders/$jar" "$context/rootfs/app/app.jar"
  fi
  local entrypoint='["/opt/java/bin/java"'
  for arg in "$@"; do entrypoint+=", \"$arg\""; done
  entrypoint+=']'
  printf 'FROM scratch\nCOPY rootfs/ /\nUSER 10001:10001\nENTRYPOINT %s\n' "$entrypoint" > "$context/Dockerfile"
  build "bench-$name:latest" "$context"
  echo "pack-contenders: bench-$name ($(docker image inspect -f '{{.Size}}' "bench-$name:latest" | awk '{printf "%.1f MB", $1/1000000}'))"
}

# MockServer 9 ships no self-contained jar: Maven resolves it with its dependencies.
mvn -B -q -f "$here/contenders/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$target/contenders/mockserver-lib" -DincludeScope=runtime

# Default JVM settings for the contenders, as their own images run them.
pack wiremock wiremock-standalone.jar -jar /app/app.jar --port 8080 --disable-banner
pack wiremock4 wiremock4-standalone.jar -jar /app/app.jar --port 8080 --disable-banner
pack mockserver mockserver-lib -cp '/app/lib/*' org.mockserver.cli.Main -serverPort 1080

# The floor of the WebSocket work: our bench's bare Jetty 12 server, on the same runtime.
lib="$target/contenders/barejetty-lib"
rm -rf "$lib"
mkdir -p "$lib"
(cd "$target/classes" && jar cf "$lib/barejetty.jar" org/mockpayments/bench/BareJettyServer*.class)
tr ':' '\n' <"$target/classpath.txt" | grep -E '/org/eclipse/jetty/|/org/slf4j/slf4j-api/' |
  while read -r jar; do cp "$jar" "$lib/"; done
pack barejetty barejetty-lib -cp '/app/lib/*' org.mockpayments.bench.BareJettyServer 8080

floor="$target/images/floor"
mkdir -p "$floor/rootfs"
printf 'int main(void) { return 0; }\n' > "$floor/exit.c"
gcc -static -Os -s -o "$floor/rootfs/exit" "$floor/exit.c"
printf 'FROM scratch\nCOPY rootfs/ /\nENTRYPOINT ["/exit"]\n' > "$floor/Dockerfile"
build bench-floor:latest "$floor"
echo "pack-contenders: bench-floor ($(docker image inspect -f '{{.Size}}' bench-floor:latest) bytes)"
