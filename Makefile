# The two commands a new machine needs: `make run` and `make test`.
.PHONY: run test install image image-arm64 push-image consumer compat flake-hunt registry-roundtrip api format bench clean

# Testcontainers here: no registry serves its reaper image (Ryuk), and inside a container (a
# /.dockerenv file) the Docker host it guesses is wrong. Callers may override both.
export TESTCONTAINERS_RYUK_DISABLED ?= true
ifneq ($(wildcard /.dockerenv),)
export TESTCONTAINERS_HOST_OVERRIDE ?= localhost
endif

# Names this run's test containers, so that only they are removed afterwards.
TEST_RUN := $(shell date +%s)-$(shell echo $$PPID)

## Build the server and run it in the foreground (in its image, or on the JVM when Docker is absent).
run:
	@bash scripts/run-server.sh

## Build everything, the image included, and run all tests (unit, container and sample tests).
test:
	@bash scripts/ensure-docker.sh
	@bash scripts/ensure-chromium.sh
	MOCK_PAYMENTS_TEST_RUN=$(TEST_RUN) mvn -B verify; status=$$?; bash scripts/remove-test-containers.sh $(TEST_RUN); exit $$status

## Install what users depend on (the three artifacts, with sources and Javadoc, and their parent POM)
## into the local Maven repository, and build the image.
install:
	@bash scripts/ensure-docker.sh
	mvn -B -q install -DskipTests

## Build the mock-payments-server image only.
image:
	@bash scripts/ensure-docker.sh
	mvn -B -q -pl mock-server-image -am package -DskipTests

## Build the arm64 image too (mock-payments-server:<version>-arm64) from Debian's arm64 packages, its
## AOT cache trained under qemu-aarch64-static, and prove it: its files are all aarch64, and it serves
## under qemu-aarch64-static with its AOT cache required.
image-arm64: image
	bash mock-server-image/src/image/build-image.sh mock-server-image/target mock-payments-server $$(bash scripts/project-version.sh) arm64
	bash scripts/check-arm64-image.sh mock-payments-server $$(bash scripts/project-version.sh)

## Push mock-payments-server:<version> and :latest, for amd64 and arm64 under one tag, to a registry:
## make push-image REGISTRY=host:port
push-image: image image-arm64
	@bash scripts/push-image.sh "$(REGISTRY)"

## The consumer project (examples/consumer), built and tested against the installed artifacts, with
## the Testcontainers settings its own pom gives (not this Makefile's), as a user's build would.
consumer: install
	env -u TESTCONTAINERS_RYUK_DISABLED -u TESTCONTAINERS_HOST_OVERRIDE \
	  mvn -B -f examples/consumer/pom.xml -Ptestcontainers-offline verify

## The compatibility matrix: user projects outside the build (compat/, examples/spring-boot) with the
## dependency trees users have (Spring Boot 3.5 and 4.0, Testcontainers 1.21 and 2.0, JUnit 5.10 to 6,
## their own Jetty 11 or 12.0, Gson 2.10, Java 25), each against the installed artifacts.
compat: install
	@bash scripts/compat.sh

## Stability, measured: the container and sample integration tests and the server's timing-sensitive
## tests N times over with one core kept busy, then each test's failures out of N: make flake-hunt N=20
N ?= 20
flake-hunt: install
	@bash scripts/flake-hunt.sh $(N)

## Push the image to a registry of our own, pull it back, and run the consumer's container tests on it.
registry-roundtrip: install image-arm64
	@bash scripts/registry-roundtrip.sh

## Format every Java source as the build checks it (google-java-format, through Spotless).
format:
	mvn -B -q -Pbench spotless:apply

## Record the public API of the published artifacts in api/ after a deliberate change to it.
api:
	UPDATE_API=1 mvn -B -q -DskipTests -Dimage.skip=true verify

## Measure the mock against WireMock and MockServer; writes benchmarks/target/bench.md and bench.json.
bench:
	@bash scripts/ensure-docker.sh
	mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
	bash benchmarks/pack-contenders.sh benchmarks/target
	java -cp "$$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" org.mockpayments.bench.BenchMain benchmarks/target $(ONLY)

clean:
	mvn -B -q clean
	mvn -B -q -f examples/consumer/pom.xml clean
