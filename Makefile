# The two commands a new machine needs: `make run` and `make test`.
.PHONY: run test image bench clean

# Testcontainers here: no registry serves its reaper image (Ryuk), and inside a container (a
# /.dockerenv file) the Docker host it guesses is wrong. Callers may override both.
export TESTCONTAINERS_RYUK_DISABLED ?= true
ifneq ($(wildcard /.dockerenv),)
export TESTCONTAINERS_HOST_OVERRIDE ?= localhost
endif

## Build the server and run it in the foreground (in its image, or on the JVM when Docker is absent).
run:
	@bash scripts/run-server.sh

## Build everything, the image included, and run all tests (unit, container and sample tests).
test:
	@bash scripts/ensure-docker.sh
	@bash scripts/ensure-chromium.sh
	mvn -B verify; status=$$?; bash scripts/remove-test-containers.sh; exit $$status

## Build the mock-payments-server image only.
image:
	@bash scripts/ensure-docker.sh
	mvn -B -q -pl mock-server-image -am package -DskipTests

## Measure the mock against WireMock and MockServer; writes benchmarks/target/bench.md and bench.json.
bench:
	@bash scripts/ensure-docker.sh
	mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
	bash benchmarks/pack-contenders.sh benchmarks/target
	java -cp "$$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" org.mockpayments.bench.BenchMain benchmarks/target

clean:
	mvn -B -q clean
