package org.mockpayments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleSupplier;
import org.mockpayments.testsupport.TestSocket;

/** Frames per second journaled from many concurrent clients, with the journal counted after. */
final class Ingest {
  /** The rate and whether every frame was journaled. */
  record Result(double framesPerSecond, long sent, long journaled) {}

  /** A rate, and the server's CPU time per 1,000 frames while it was measured. */
  record Measured(Result ingest, double cpuPerThousand) {}

  private Ingest() {}

  static Result measure(WebSocketMock mock, int clients, int framesEach) {
    return measure(mock, clients, framesEach, () -> 0).ingest();
  }

  /**
   * The rate, with the server's CPU per 1,000 frames read from {@code containerId}'s cgroup over
   * the ingest alone: from the first frame sent until the last is journaled. Connecting the clients
   * before and counting the journal after are left out, since neither is ingest.
   */
  static Measured measureWithCpu(
      WebSocketMock mock, String containerId, int clients, int framesEach) {
    return measure(mock, clients, framesEach, () -> Docker.cpuMillis(containerId));
  }

  private static Measured measure(
      WebSocketMock mock, int clients, int framesEach, DoubleSupplier cpuClock) {
    mock.forget();
    List<TestSocket> sockets = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      sockets.add(TestSocket.connect(mock.webSocketUrl("/ingest")));
    }
    mock.awaitConnections(clients);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    double cpuBefore = cpuClock.getAsDouble();
    long start = System.nanoTime();
    try {
      List<CompletableFuture<Void>> sending = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        TestSocket client = sockets.get(c);
        int id = c;
        sending.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int n = 0; n < framesEach; n++) {
                    client.send("{\"client\":" + id + ",\"n\":" + n + "}");
                  }
                },
                pool));
      }
      CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
      for (int c = 0; c < clients; c++) {
        try {
          mock.awaitReceived("{\"client\":" + c + ",\"n\":" + (framesEach - 1) + "}");
        } catch (WebSocketMock.FailedWait journaledAnyway) {
          // The frame is in the journal; the count below is what decides.
        }
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = cpuClock.getAsDouble() - cpuBefore;
    long journaled = mock.countReceived("{\"client\":");
    sockets.forEach(client -> client.socket().abort());
    long sent = (long) clients * framesEach;
    return new Measured(new Result(sent / seconds, sent, journaled), cpu / (sent / 1000.0));
  }

  /**
   * Our rate against WireMock 4's (target 2x, none lost), and the CPU per 1,000 frames of each:
   * against a target of 0.5x when {@code cpuTarget}, informative otherwise.
   */
  static void report(
      Results results, String where, Measured ours, Measured theirs, boolean cpuTarget) {
    String measure = "6. ingest" + where;
    results.row(
        new Row(
            measure,
            Contenders.OURS,
            describe(ours.ingest()),
            ">= 2x WireMock 4, zero lost: "
                + ReadySection.ratio(
                    ours.ingest().framesPerSecond(), theirs.ingest().framesPerSecond()),
            Row.verdict(
                ours.ingest().framesPerSecond() >= 2 * theirs.ingest().framesPerSecond()
                    && ours.ingest().journaled() == ours.ingest().sent())));
    results.row(new Row(measure, Contenders.WIREMOCK_4, describe(theirs.ingest()), "", ""));
    String cpu = "6. server CPU per 1000 frames ingested" + where + " (all its threads)";
    String ratio = ReadySection.ratio(ours.cpuPerThousand(), theirs.cpuPerThousand());
    results.row(
        new Row(
            cpu,
            Contenders.OURS,
            Row.fmt(ours.cpuPerThousand()) + " ms",
            cpuTarget ? "<= 0.5x WireMock 4: " + ratio : "informative: " + ratio + " WireMock 4's",
            cpuTarget ? Row.verdict(ours.cpuPerThousand() <= 0.5 * theirs.cpuPerThousand()) : ""));
    results.row(
        new Row(cpu, Contenders.WIREMOCK_4, Row.fmt(theirs.cpuPerThousand()) + " ms", "", ""));
    String bars = "ingest" + where + ", thousand frames/s";
    results.bar(bars, Contenders.OURS, ours.ingest().framesPerSecond() / 1000);
    results.bar(bars, Contenders.WIREMOCK_4, theirs.ingest().framesPerSecond() / 1000);
  }

  private static String describe(Result result) {
    return String.format(
        Locale.ROOT,
        "%.0f frames/s; %d sent, %d journaled",
        result.framesPerSecond(),
        result.sent(),
        result.journaled());
  }
}
