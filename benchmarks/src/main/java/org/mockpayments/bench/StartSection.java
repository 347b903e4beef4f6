package org.mockpayments.bench;

import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.testcontainers.MockPaymentsContainer;

/**
 * What a test pays to get a mock: our image's {@code docker run} to ready, {@code
 * MockPaymentsContainer.start()} and an embedded start, alternated in one JVM so all see the same
 * warm-up; the first round is left out.
 */
final class StartSection {
  private StartSection() {}

  static void run(Results results) {
    ReadyTime ready = new ReadyTime();
    Stats dockerRun = new Stats();
    Stats container = new Stats();
    Stats embedded = new Stats();
    for (int i = 0; i < ReadySection.ROUNDS + 1; i++) {
      double run = ready.readyOnce(Contenders.OUR_IMAGE);
      long start = System.nanoTime();
      try (MockPaymentsContainer mock = new MockPaymentsContainer()) {
        mock.start();
        mock.connections();
        double took = (System.nanoTime() - start) / 1e6;
        if (i > 0) {
          dockerRun.add(run);
          container.add(took);
        }
      }
      start = System.nanoTime();
      try (MockPaymentsServer mock = MockPaymentsServer.start()) {
        mock.connections();
        if (i > 0) {
          embedded.add((System.nanoTime() - start) / 1e6);
        }
      }
    }
    String measure = "2. start in a test, until a first control call answers (min / median / max)";
    results.row(new Row(measure, "docker run (our image)", Row.minMedMax(dockerRun, "ms"), "", ""));
    results.row(
        new Row(
            measure,
            "MockPaymentsContainer.start()",
            Row.minMedMax(container, "ms"),
            "<= 1.25x docker run: " + ReadySection.ratio(container.median(), dockerRun.median()),
            Row.verdict(container.median() <= 1.25 * dockerRun.median())));
    results.row(
        new Row(measure, "MockPaymentsServer.start()", Row.minMedMax(embedded, "ms"), "", ""));
    results.bar("start in a test, median ms", "docker run", dockerRun.median());
    results.bar("start in a test, median ms", "MockPaymentsContainer.start()", container.median());
    results.bar("start in a test, median ms", "MockPaymentsServer.start()", embedded.median());
  }
}
