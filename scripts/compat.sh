#!/usr/bin/env bash
# The compatibility matrix: user projects outside the reactor (compat/*, examples/spring-boot) run
# the consumer's container and embedded tests against the installed artifacts, each with the
# dependency tree one kind of user has. The Java 17 cells run in one Maven invocation; the Spring
# Boot 4.0 example runs on Java 25. All share the local Maven repository and the one image that
# `make install` built. Ends with a table of what each cell resolved and how its tests went.
# Usage: compat.sh   (after make install)
set -euo pipefail
cd "$(dirname "$0")/.."

java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$java25/bin/java" ]; then
  echo "compat: no JDK 25 at $java25; set JAVA25_HOME to one" >&2
  exit 1
fi

# Each cell's own pom sets Testcontainers' two settings for its tests, as the README says users on
# such hosts do; Maven itself gets them too.
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-localhost}

start=$(date +%s)
rm -rf compat/*/target/surefire-reports examples/spring-boot/target/surefire-reports
status=0
# --fail-at-end: a failing cell stops only itself, so the table shows every cell.
mvn -B --fail-at-end -f compat/pom.xml verify || status=$?
JAVA_HOME=$java25 mvn -B -f examples/spring-boot/pom.xml -Ptestcontainers-offline verify || status=$?
tested=$(($(date +%s) - start))

# What each cell resolved: Maven's own resolution of its test class path.
list=(-q dependency:list -DoutputFile=target/resolved.txt -DincludeScope=test
  -DincludeGroupIds=org.eclipse.jetty,org.testcontainers,org.junit.jupiter,com.google.code.gson,org.springframework.boot)
mvn -B -f compat/pom.xml "${list[@]}"
mvn -B -f examples/spring-boot/pom.xml "${list[@]}"

version() { # <resolved.txt> <group:artifact>: its version, or "none" when the cell has none
  local found
  found=$(grep -o " $2:jar:[^:]*" "$1" 2>/dev/null | head -1 | sed 's/.*:jar://' || true)
  echo "${found:-none}"
}
tests() { # <surefire reports dir>: "N passed" or "F of N FAILED"
  local total=0 failed=0 report
  for report in "$1"/TEST-*.xml; do
    [ -f "$report" ] || continue
    total=$((total + $(grep -o -m1 'tests="[0-9]*"' "$report" | tr -dc 0-9)))
    failed=$((failed + $(grep -o -m1 'failures="[0-9]*"' "$report" | tr -dc 0-9)))
    failed=$((failed + $(grep -o -m1 'errors="[0-9]*"' "$report" | tr -dc 0-9)))
  done
  if [ "$total" = 0 ]; then echo "NOT RUN"; elif [ "$failed" = 0 ]; then echo "$total passed"; else echo "$failed of $total FAILED"; fi
}

echo
echo "compat: the matrix, $tested s of builds and tests"
printf '%-20s %-5s %-12s %-15s %-7s %-8s %-7s %s\n' cell java spring-boot testcontainers junit jetty gson tests
for dir in compat/*/ examples/spring-boot/; do
  [ -f "$dir/pom.xml" ] || continue
  cell=$(basename "$dir") java=17
  if [ "$dir" = examples/spring-boot/ ]; then cell=spring-boot-4.0 java=25; fi
  file=$dir/target/resolved.txt
  printf '%-20s %-5s %-12s %-15s %-7s %-8s %-7s %s\n' "$cell" "$java" \
    "$(version "$file" org.springframework.boot:spring-boot)" \
    "$(version "$file" org.testcontainers:testcontainers)" \
    "$(version "$file" org.junit.jupiter:junit-jupiter-api)" \
    "$(version "$file" org.eclipse.jetty:jetty-server)" \
    "$(version "$file" com.google.code.gson:gson)" "$(tests "$dir/target/surefire-reports")"
done
exit $status
