#!/usr/bin/env bash
# Runs the tests most exposed to timing N times over, with one of the machine's cores kept busy by a
# bounded loop this script starts and stops itself, and prints each test's failures out of N.
# The tests: every container and sample integration test, and the server's timing-sensitive tests.
# Usage: flake-hunt.sh N [server test pattern]   (after make install; reports in target/flake-hunt)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:?usage: flake-hunt.sh N}
server_tests=${2:-ControlTransportsTest,TypedClientInProcessTest,ConnectionFaultsTest,ConcurrencyTest,StubsTest,ClientTransportTest,FreezeValveTest,ProxyTest,RecordingTest,ResetIsolationTest,SlowReaderTest,StubCancellationTest,TemplatesAndScenariosTest,EventsTest,ClientIsolationTest,AsyncApiCheckingTest,AsyncApiExchangeTest,AsyncApiJavaApiTest,SampleValueTest,BinaryFieldsTest,FramingTest,JavaHandlersTest}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
if [ -f /.dockerenv ]; then
  export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-localhost}
fi
out=target/flake-hunt
rm -rf "$out"
mkdir -p "$out"

# One core busy for at most two hours, whatever happens to this script.
timeout 7200 bash -c 'while :; do :; done' &
load=$!
trap 'kill $load 2>/dev/null || true' EXIT

# The image and the upstream modules are built once; each run then only tests.
fast=(-B -q -o -Dimage.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
  -Dspotless.check.skip=true -Dapi.check.skip=true -Denforcer.skip=true)
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  status=0
  MOCK_PAYMENTS_TEST_RUN="flake-hunt-$$-$run" mvn "${fast[@]}" verify \
    -pl mock-server-image,testcontainers-module,sample-client-tests -am \
    -Dtest="$server_tests" \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dmaven.test.failure.ignore=true >"$out/run-$run.log" 2>&1 || status=$?
  bash scripts/remove-test-containers.sh "flake-hunt-$$-$run" >/dev/null 2>&1 || true
  mkdir -p "$out/run-$run"
  for reports in */target/surefire-reports */target/failsafe-reports; do
    [ -d "$reports" ] && cp "$reports"/TEST-*.xml "$out/run-$run/" 2>/dev/null || true
  done
  echo "flake-hunt: run $run of $runs, $(($(date +%s) - started)) s, maven exit $status"
done

# Each test case's failures out of the runs it ran in.
python3 - "$out" "$runs" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
out, runs = sys.argv[1], int(sys.argv[2])
ran, failed = {}, {}
for report in glob.glob(os.path.join(out, "run-*", "TEST-*.xml")):
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("classname", "").split(".")[-1] + "." + case.get("name", "")
        ran[name] = ran.get(name, 0) + 1
        if case.find("failure") is not None or case.find("error") is not None:
            failed[name] = failed.get(name, 0) + 1
print(f"\nflake-hunt: {len(ran)} tests, {runs} runs, one core busy throughout")
print(f"{'test':<100} failures")
for name in sorted(ran, key=lambda n: (-failed.get(n, 0), n)):
    if failed.get(name) or len(ran) <= 60:
        print(f"{name:<100} {failed.get(name, 0)}/{ran[name]}")
if not failed:
    print(f"(every one of the {len(ran)} tests: 0/{runs})")
sys.exit(1 if failed else 0)
PY
