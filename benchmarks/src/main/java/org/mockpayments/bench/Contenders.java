package org.mockpayments.bench;

import java.util.List;
import org.mockpayments.testcontainers.MockPaymentsContainer;

/** The images measured side by side, each packed the same registry-free way. */
final class Contenders {
  static final String WIREMOCK_3 = "WireMock 3.13.2";
  static final String WIREMOCK_4 = "WireMock 4.0.0-beta.38";
  static final String MOCKSERVER_9 = "MockServer 9.2.0";
  static final String OURS = "mock-payments-server";
  static final String FLOOR = "empty container (floor)";
  static final String BARE_JETTY = "bare Jetty 12 WebSocket server (floor)";

  /** The in-process floor with no control call: Jetty's send and the JDK client, nothing else. */
  static final String TRANSPORT_ONLY = "bare Jetty 12 called in-process, no control call (floor)";

  static final ReadyTime.Contender OUR_IMAGE =
      new ReadyTime.Contender(
          OURS,
          MockPaymentsContainer.DEFAULT_IMAGE_NAME
              .withTag(MockPaymentsContainer.DEFAULT_TAG)
              .asCanonicalNameString(),
          8081,
          "GET",
          "/health");

  static final List<ReadyTime.Contender> ALL =
      List.of(
          OUR_IMAGE,
          new ReadyTime.Contender(
              WIREMOCK_3, "bench-wiremock:latest", 8080, "GET", "/__admin/health"),
          new ReadyTime.Contender(
              WIREMOCK_4, "bench-wiremock4:latest", 8080, "GET", "/__admin/health"),
          new ReadyTime.Contender(
              MOCKSERVER_9, "bench-mockserver:latest", 1080, "PUT", "/mockserver/status"));

  private Contenders() {}
}
