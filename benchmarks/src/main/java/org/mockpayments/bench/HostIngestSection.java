package org.mockpayments.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.testcontainers.MockPaymentsContainer;

/**
 * Ingest with the containers on the host's network: no Docker userland proxy between the senders
 * and the server, so the rate is the server's, not the host's port mapping's. Each server's CPU per
 * 1,000 frames is read from its cgroup.
 */
final class HostIngestSection {
  private static final int CLIENTS = 50;
  private static final int FRAMES_EACH = 2_000;
  private static final Duration READY = Duration.ofSeconds(60);

  private HostIngestSection() {}

  static void run(Results results) throws Exception {
    Measured ours = measureOurs();
    Measured theirs = measureWireMock4();
    String measure =
        "6. ingest on the host network, " + CLIENTS + " clients x " + FRAMES_EACH + " frames";
    results.row(
        new Row(
            measure,
            Contenders.OURS,
            WebSocketSection.ingest(ours.ingest()),
            ">= 2x WireMock 4, zero lost: "
                + ReadySection.ratio(
                    ours.ingest().framesPerSecond(), theirs.ingest().framesPerSecond()),
            Row.verdict(
                ours.ingest().framesPerSecond() >= 2 * theirs.ingest().framesPerSecond()
                    && ours.ingest().journaled() == ours.ingest().sent())));
    results.row(
        new Row(measure, Contenders.WIREMOCK_4, WebSocketSection.ingest(theirs.ingest()), "", ""));
    String cpu = "6. server CPU per 1000 frames ingested on the host network (all its threads)";
    results.row(
        new Row(
            cpu,
            Contenders.OURS,
            Row.fmt(ours.cpuPerThousand()) + " ms",
            "<= 0.5x WireMock 4: "
                + ReadySection.ratio(ours.cpuPerThousand(), theirs.cpuPerThousand()),
            Row.verdict(ours.cpuPerThousand() <= 0.5 * theirs.cpuPerThousand())));
    results.row(
        new Row(cpu, Contenders.WIREMOCK_4, Row.fmt(theirs.cpuPerThousand()) + " ms", "", ""));
    results.bar(
        "ingest on the host network, thousand frames/s",
        Contenders.OURS,
        ours.ingest().framesPerSecond() / 1000);
    results.bar(
        "ingest on the host network, thousand frames/s",
        Contenders.WIREMOCK_4,
        theirs.ingest().framesPerSecond() / 1000);
  }

  private record Measured(Ingest.Result ingest, double cpuPerThousand) {}

  private static Measured measureOurs() {
    int webSocketPort = Docker.freePort();
    int controlPort = Docker.freePort();
    String image =
        MockPaymentsContainer.DEFAULT_IMAGE_NAME
            .withTag(MockPaymentsContainer.DEFAULT_TAG)
            .asCanonicalNameString();
    String id =
        Docker.run(
            "run",
            "-d",
            "--network",
            "host",
            "-e",
            "MOCK_WS_PORT=" + webSocketPort,
            "-e",
            "MOCK_CONTROL_PORT=" + controlPort,
            image);
    try {
      MockPaymentsClient payments =
          new MockPaymentsClient(URI.create("http://127.0.0.1:" + controlPort));
      awaitReady(payments::connections);
      return measure(new OurMock(payments, "ws://127.0.0.1:" + webSocketPort), id);
    } finally {
      Docker.run("rm", "-f", id);
    }
  }

  private static Measured measureWireMock4() {
    int port = Docker.freePort();
    // The packed image's entrypoint fixes port 8080, which the host may be using.
    String id =
        Docker.run(
            "run",
            "-d",
            "--network",
            "host",
            "--entrypoint",
            "/opt/java/bin/java",
            "bench-wiremock4:latest",
            "-jar",
            "/app/app.jar",
            "--port",
            String.valueOf(port),
            "--disable-banner");
    try {
      WireMock4 wiremock = new WireMock4("127.0.0.1", port);
      awaitReady(
          () -> {
            wiremock.forget();
            return null;
          });
      return measure(wiremock, id);
    } finally {
      Docker.run("rm", "-f", id);
    }
  }

  private static Measured measure(WebSocketMock mock, String containerId) {
    // A first, smaller round warms both JVMs up, as the mapped-port section's latency rounds do.
    Ingest.measure(mock, CLIENTS, FRAMES_EACH / 4);
    double cpuBefore = Docker.cpuMillis(containerId);
    Ingest.Result ingest = Ingest.measure(mock, CLIENTS, FRAMES_EACH);
    double cpu = Docker.cpuMillis(containerId) - cpuBefore;
    return new Measured(ingest, cpu / (ingest.sent() / 1000.0));
  }

  /** Polls {@code probe} until it answers, within {@link #READY}. */
  private static void awaitReady(Supplier<?> probe) {
    long deadline = System.nanoTime() + READY.toNanos();
    while (true) {
      try {
        probe.get();
        return;
      } catch (RuntimeException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("not ready within " + READY, notYet);
        }
        LockSupport.parkNanos(5_000_000);
      }
    }
  }
}
