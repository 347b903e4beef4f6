package org.mockpayments.bench;

import java.util.List;
import java.util.Locale;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The same WebSocket work against our container and WireMock 4's, through mapped ports, the same
 * client and each tool's documented API; then ours in-process.
 */
final class WebSocketSection {
  private static final int WARM_UP = 500;
  private static final int ROUNDS = 3_000;
  private static final int STEADY_WARM_UP = 10_000;
  private static final int CLIENTS = 50;
  private static final int FRAMES_EACH = 2_000;

  private WebSocketSection() {}

  static void containers(Results results) {
    try (MockPaymentsContainer ours = new MockPaymentsContainer();
        GenericContainer<?> wiremock =
            new GenericContainer<>(DockerImageName.parse("bench-wiremock4:latest"))
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/__admin/health").forPort(8080));
        GenericContainer<?> floor =
            new GenericContainer<>(DockerImageName.parse("bench-barejetty:latest"))
                .withExposedPorts(8080)
                // Over HTTP: Docker's port proxy accepts connections before the JVM listens.
                .waitingFor(Wait.forHttp("/connections?count=0").forPort(8080))) {
      ours.start();
      wiremock.start();
      floor.start();
      WebSocketMock our = new OurMock(ours, ours.getWebSocketUrl().toString());
      WebSocketMock theirs = new WireMock4(wiremock.getHost(), wiremock.getMappedPort(8080));
      WebSocketMock bare = new BareJetty(floor.getHost(), floor.getMappedPort(8080));

      List<Stats> pushes = Latency.push(List.of(our, theirs, bare), WARM_UP, ROUNDS);
      Stats ourPush = pushes.get(0);
      Stats theirPush = pushes.get(1);
      Stats barePush = pushes.get(2);
      latencyRows(
          results, "4. push latency, control call until the client has it", ourPush, theirPush);
      floorRow(results, "4. push latency, containers", ourPush, barePush);
      List<Stats> awaits = Latency.await(List.of(our, theirs, bare), WARM_UP, ROUNDS);
      Stats ourAwait = awaits.get(0);
      Stats theirAwait = awaits.get(1);
      Stats bareAwait = awaits.get(2);
      latencyRows(
          results, "5. await latency, client send until the await returns", ourAwait, theirAwait);
      floorRow(results, "5. await latency, containers", ourAwait, bareAwait);

      Ingest.report(
          results,
          ", " + CLIENTS + " clients x " + FRAMES_EACH + " frames, mapped ports",
          Ingest.measureWithCpu(our, ours.getContainerId(), CLIENTS, FRAMES_EACH),
          Ingest.measureWithCpu(theirs, wiremock.getContainerId(), CLIENTS, FRAMES_EACH),
          false);
    }
  }

  static void inProcess(Results results) throws Exception {
    BareJettyServer floor = BareJettyServer.start(0);
    // A server of its own: each contender's forget() closes every connection of its server.
    BareJettyServer transportFloor = BareJettyServer.start(0);
    try (MockPaymentsServer server = MockPaymentsServer.start()) {
      WebSocketMock our = new OurMock(server, server.getWebSocketUrl().toString());
      WebSocketMock bare = new BareJetty("localhost", floor.port());
      WebSocketMock transport = new BareJettyDirect(transportFloor);
      List<Stats> pushes = Latency.push(List.of(our, bare, transport), WARM_UP, ROUNDS);
      List<Stats> awaits = Latency.await(List.of(our, bare, transport), WARM_UP, ROUNDS);
      Stats push = pushes.get(0);
      Stats await = awaits.get(0);
      Stats barePush = pushes.get(1);
      Stats bareAwait = awaits.get(1);
      for (String[] measure :
          new String[][] {
            {"4. push latency in-process (p50 / p99, n=" + ROUNDS + ")", "push"},
            {"5. await latency in-process (p50 / p99, n=" + ROUNDS + ")", "await"}
          }) {
        Stats stats = measure[1].equals("push") ? push : await;
        results.row(
            new Row(
                measure[0],
                "MockPaymentsServer, embedded",
                p50p99(stats),
                "p50 <= 0.1 ms, p99 <= 1 ms",
                Row.verdict(stats.median() <= 0.1 && stats.percentile(99) <= 1)));
      }
      floorRow(results, "4. push latency in-process", push, barePush);
      floorRow(results, "5. await latency in-process", await, bareAwait);
      transportRow(results, "4. push latency in-process", push, pushes.get(2));
      transportRow(results, "5. await latency in-process", await, awaits.get(2));
      // The rounds above include the JIT compiling our longer path; a long test run gets past it.
      List<Stats> warmPushes = Latency.push(List.of(our, transport), STEADY_WARM_UP, ROUNDS);
      List<Stats> warmAwaits = Latency.await(List.of(our, transport), STEADY_WARM_UP, ROUNDS);
      String warm = " in-process once warm (after " + STEADY_WARM_UP + " more rounds)";
      transportRow(results, "4. push latency" + warm, warmPushes.get(0), warmPushes.get(1));
      transportRow(results, "5. await latency" + warm, warmAwaits.get(0), warmAwaits.get(1));
      MockPaymentsClient overHttp = new MockPaymentsClient(server.getControlUrl());
      List<Stats> calls =
          Latency.calls(List.of(server.client()::stubs, overHttp::stubs), WARM_UP, ROUNDS);
      String measure = "4a. a control call in-process, GET /stubs (p50 / p99, n=" + ROUNDS + ")";
      results.row(
          new Row(
              measure,
              "MockPaymentsServer.client(), in memory",
              String.format(
                  Locale.ROOT,
                  "%.3f / %.3f ms",
                  calls.get(0).median(),
                  calls.get(0).percentile(99)),
              "informative: "
                  + ReadySection.ratio(calls.get(0).median(), calls.get(1).median())
                  + " of HTTP",
              ""));
      results.row(new Row(measure, "the same over HTTP", p50p99(calls.get(1)), "", ""));
    } finally {
      floor.stop();
      transportFloor.stop();
    }
  }

  /**
   * Ours against the floor, a bare Jetty 12 server with the same transport and no mock logic: the
   * room our own stack leaves.
   */
  private static void floorRow(Results results, String what, Stats ours, Stats bare) {
    String measure = what + " against bare Jetty 12 (p50 / p99, n=" + ROUNDS + ")";
    compare(results, measure, ours, bare, 1.5, "the floor", false);
    results.row(new Row(measure, Contenders.BARE_JETTY, p50p99(bare), "", ""));
  }

  /**
   * Ours against the transport alone: bare Jetty called from the test's thread, with no control
   * call. No in-process mock can be faster, so this row says how much of ours is the frame itself.
   */
  private static void transportRow(Results results, String what, Stats ours, Stats transport) {
    String measure = what + " against the transport alone (p50 / p99, n=" + ROUNDS + ")";
    results.row(
        new Row(
            measure,
            Contenders.OURS,
            p50p99(ours),
            "informative: p50 "
                + ReadySection.ratio(ours.median(), transport.median())
                + ", p99 "
                + ReadySection.ratio(ours.percentile(99), transport.percentile(99)),
            ""));
    results.row(new Row(measure, Contenders.TRANSPORT_ONLY, p50p99(transport), "", ""));
  }

  private static void latencyRows(Results results, String what, Stats ours, Stats theirs) {
    String measure = what + " (p50 / p99, n=" + ROUNDS + ", containers, mapped ports)";
    compare(results, measure, ours, theirs, 0.5, "WireMock 4", true);
    results.row(new Row(measure, Contenders.WIREMOCK_4, p50p99(theirs), "", ""));
    String group = what.substring(3, what.indexOf(',')) + ", p50 ms";
    results.bar(group, Contenders.OURS, ours.median());
    results.bar(group, Contenders.WIREMOCK_4, theirs.median());
  }

  /** Our row: p50 (and p99 when {@code p99Too}) at most {@code factor} times {@code other}'s. */
  private static void compare(
      Results results,
      String measure,
      Stats ours,
      Stats other,
      double factor,
      String otherName,
      boolean p99Too) {
    results.row(
        new Row(
            measure,
            Contenders.OURS,
            p50p99(ours),
            String.format(
                Locale.ROOT,
                "%s <= %sx %s: p50 %s, p99 %s",
                p99Too ? "p50 and p99" : "p50",
                factor,
                otherName,
                ReadySection.ratio(ours.median(), other.median()),
                ReadySection.ratio(ours.percentile(99), other.percentile(99))),
            Row.verdict(
                ours.median() <= factor * other.median()
                    && (!p99Too || ours.percentile(99) <= factor * other.percentile(99)))));
  }

  private static String p50p99(Stats stats) {
    String figures = Row.fmt(stats.median()) + " / " + Row.fmt(stats.percentile(99)) + " ms";
    return stats.failedWaits() == 0
        ? figures
        : figures
            + "; "
            + stats.failedWaits()
            + " waits ran out of their "
            + WebSocketMock.WAIT.toSeconds()
            + " s or broke off although the frame was journaled (not in the percentiles)";
  }
}
