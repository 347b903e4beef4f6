package org.mockpayments.bench;

/**
 * Ingest with the containers on the host's network: no Docker userland proxy between the senders
 * and the server, so the rate is the server's, not the host's port mapping's. Each server's CPU per
 * 1,000 frames is read from its cgroup, against a target of half WireMock 4's.
 */
final class HostIngestSection {
  private static final int CLIENTS = 50;
  private static final int FRAMES_EACH = 2_000;

  private HostIngestSection() {}

  static void run(Results results) {
    Ingest.Measured ours;
    try (OurHostContainer container = OurHostContainer.start(Contenders.OUR_IMAGE.image())) {
      ours = measure(new OurMock(container.payments, container.webSocketBase()), container.id);
    }
    Ingest.Measured theirs = measureWireMock4();
    Ingest.report(
        results,
        " on the host network, " + CLIENTS + " clients x " + FRAMES_EACH + " frames",
        ours,
        theirs,
        true);
  }

  private static Ingest.Measured measureWireMock4() {
    int port = Docker.freePort();
    // The packed image's entrypoint fixes port 8080, which the host may be using.
    String id =
        Docker.runOnHostNetwork(
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
      OurHostContainer.awaitReady(
          () -> {
            wiremock.forget();
            return null;
          });
      return measure(wiremock, id);
    } finally {
      Docker.run("rm", "-f", id);
    }
  }

  /** After a first, smaller round that warms the server's JVM up, as the latency rounds do. */
  private static Ingest.Measured measure(WebSocketMock mock, String containerId) {
    Ingest.measure(mock, CLIENTS, FRAMES_EACH / 4);
    return Ingest.measureWithCpu(mock, containerId, CLIENTS, FRAMES_EACH);
  }
}
