package org.mockpayments.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.testcontainers.MockPaymentsContainer;

/**
 * Runs every benchmark of {@code make bench} in one go, prints one table and writes it as Markdown
 * and JSON to the given directory ({@code bench.md}, {@code bench.json}).
 */
public final class BenchMain {
  private static final int ROUNDS = 10;
  private static final int PUSHES = 5_000;
  private static final int AWAITS = 2_000;

  private final List<Row> rows = new ArrayList<>();

  private BenchMain() {}

  /**
   * {@code args[0]}: where to write the results; further arguments, if any, name the only sections
   * to run ({@code ready}, {@code start}, {@code container}, {@code scale}, {@code in-process}).
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target");
    Set<String> only = Set.copyOf(List.of(args).subList(Math.min(1, args.length), args.length));
    BenchMain bench = new BenchMain();
    Map<String, Section> sections = new LinkedHashMap<>();
    sections.put("ready", bench::readyTimeSizeAndMemory);
    sections.put("start", bench::startInATest);
    sections.put("container", bench::containerLatencyAndIngest);
    sections.put("scale", bench::scale);
    sections.put("in-process", bench::inProcessLatency);
    sections.forEach(
        (name, section) -> {
          if (only.isEmpty() || only.contains(name)) {
            bench.section(name, section);
          }
        });
    bench.report(out);
  }

  private interface Section {
    void run() throws Exception;
  }

  /** Runs one section; a failure becomes a row of the table instead of ending the run. */
  private void section(String name, Section section) {
    System.out.println("bench: " + name);
    try {
      section.run();
    } catch (Exception | AssertionError e) {
      rows.add(new Row(name, "", "FAILED: " + e, "", "MISSED"));
      e.printStackTrace();
    }
  }

  private void readyTimeSizeAndMemory() {
    String ours =
        MockPaymentsContainer.DEFAULT_IMAGE_NAME
            .withTag(MockPaymentsContainer.DEFAULT_TAG)
            .asCanonicalNameString();
    List<ReadyTime.Contender> contenders =
        List.of(
            new ReadyTime.Contender("mock-payments-server", ours, 8081, "GET", "/health"),
            new ReadyTime.Contender(
                "WireMock 3.13.2", "bench-wiremock:latest", 8080, "GET", "/__admin/health"),
            new ReadyTime.Contender(
                "MockServer 5.15.0", "bench-mockserver:latest", 1080, "PUT", "/mockserver/status"));
    ReadyTime ready = new ReadyTime();
    ready.measure(contenders, ROUNDS);

    double oursMedian = ready.ready.get("mock-payments-server").median();
    double wiremock = ready.ready.get("WireMock 3.13.2").median();
    double mockserver = ready.ready.get("MockServer 5.15.0").median();
    double floor = ready.ready.get("empty container (floor)").median();
    ready.ready.forEach(
        (name, stats) -> {
          boolean isOurs = name.equals("mock-payments-server");
          String target =
              isOurs
                  ? String.format(
                      Locale.ROOT,
                      "<= %s ms (0.3x the others, 1.7x floor)",
                      Row.fmt(Math.min(0.3 * Math.min(wiremock, mockserver), 1.7 * floor)))
                  : "";
          boolean met =
              oursMedian <= 0.3 * Math.min(wiremock, mockserver) && oursMedian <= 1.7 * floor;
          rows.add(
              new Row(
                  "1. ready time, docker run to first 200 (min / median / max)",
                  name,
                  Row.minMedMax(stats, "ms"),
                  target,
                  isOurs ? Row.verdict(met) : ""));
        });

    double wiremockRss = ready.rss.get("WireMock 3.13.2").median();
    for (ReadyTime.Contender contender : contenders) {
      double size = Docker.imageSizeMb(contender.image());
      boolean isOurs = contender.name().equals("mock-payments-server");
      rows.add(
          new Row(
              "3. image size, uncompressed",
              contender.name(),
              Row.fmt(size) + " MB",
              isOurs ? "<= 64 MB" : "",
              isOurs ? Row.verdict(size <= 64) : ""));
    }
    rows.add(
        new Row(
            "3. image size, uncompressed",
            "empty container (floor)",
            Row.fmt(Docker.imageSizeMb(ReadyTime.FLOOR)) + " MB",
            "",
            ""));
    ready.rss.forEach(
        (name, stats) -> {
          boolean isOurs = name.equals("mock-payments-server");
          rows.add(
              new Row(
                  "3. resident memory 1 s after ready (min / median / max)",
                  name,
                  Row.minMedMax(stats, "MiB"),
                  isOurs ? "<= " + Row.fmt(wiremockRss / 2) + " MiB (half of WireMock)" : "",
                  isOurs ? Row.verdict(stats.median() <= wiremockRss / 2) : ""));
        });
  }

  /** Container and embedded starts, alternated in the same JVM so both see the same warm-up. */
  private void startInATest() {
    Stats container = new Stats();
    Stats embedded = new Stats();
    for (int i = 0; i < ROUNDS + 1; i++) {
      long start = System.nanoTime();
      try (MockPaymentsContainer mock = new MockPaymentsContainer()) {
        mock.start();
        mock.connections();
        if (i > 0) {
          container.add((System.nanoTime() - start) / 1e6);
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
    String measure =
        "2. start in a test, until a first control call answers (min / median / max, first left"
            + " out)";
    rows.add(
        new Row(measure, "MockPaymentsContainer.start()", Row.minMedMax(container, "ms"), "", ""));
    rows.add(new Row(measure, "MockPaymentsServer.start()", Row.minMedMax(embedded, "ms"), "", ""));
  }

  private void containerLatencyAndIngest() {
    try (MockPaymentsContainer container = new MockPaymentsContainer()) {
      container.start();
      latencyRows(
          "container, mapped ports", container, container.getWebSocketUrl("/bench").toString());
      Ingest.Result ingest =
          Ingest.measure(container, container.getWebSocketUrl("/ingest").toString(), 50, 2_000);
      rows.add(
          new Row(
              "6. ingest, 50 concurrent clients",
              "container, mapped ports",
              String.format(
                  Locale.ROOT,
                  "%.0f frames/s; %d sent, %d journaled",
                  ingest.framesPerSecond(),
                  ingest.sent(),
                  ingest.journaled()),
              ">= 50000 frames/s, zero lost",
              Row.verdict(
                  ingest.framesPerSecond() >= 50_000 && ingest.journaled() == ingest.sent())));
    }
  }

  private void scale() throws Exception {
    String image =
        MockPaymentsContainer.DEFAULT_IMAGE_NAME
            .withTag(MockPaymentsContainer.DEFAULT_TAG)
            .asCanonicalNameString();
    Scale.Result scale = Scale.measure(image, 10_000);
    rows.add(
        new Row(
            "7. scale: open 10000 connections, broadcast one frame",
            "container, host network",
            String.format(
                Locale.ROOT,
                "open in %.1f s; broadcast to all in %.0f ms; RSS %.0f -> %.0f MiB (%.1f"
                    + " KiB/connection)",
                scale.openSeconds(),
                scale.broadcastMillis(),
                scale.rssBeforeMib(),
                scale.rssAfterMib(),
                scale.kibPerConnection()),
            "within 512 MB",
            Row.verdict(scale.rssAfterMib() * 1.048576 <= 512)));
  }

  private void inProcessLatency() {
    try (MockPaymentsServer server =
        MockPaymentsServer.start(ServerSettings.ephemeral(), silent())) {
      MockPaymentsClient client =
          new MockPaymentsClient(URI.create("http://127.0.0.1:" + server.controlPort()));
      latencyRows("in-process", client, "ws://127.0.0.1:" + server.webSocketPort() + "/bench");
    }
  }

  private void latencyRows(String where, MockPayments payments, String url) {
    Stats push = Latency.push(payments, url, 500, PUSHES);
    rows.add(
        new Row(
            "4. push latency, control send until the client has it (p50 / p99, n=" + PUSHES + ")",
            where,
            Row.fmt(push.median()) + " / " + Row.fmt(push.percentile(99)) + " ms",
            "p50 <= 1 ms, p99 <= 5 ms",
            Row.verdict(push.median() <= 1 && push.percentile(99) <= 5)));
    Stats await = Latency.await(payments, url, 200, AWAITS);
    rows.add(
        new Row(
            "5. await latency, client send until awaitFrame returns (p50 / p99, n=" + AWAITS + ")",
            where,
            Row.fmt(await.median()) + " / " + Row.fmt(await.percentile(99)) + " ms",
            "p50 <= 2 ms",
            Row.verdict(await.median() <= 2)));
  }

  private void report(Path out) throws IOException {
    StringBuilder md =
        new StringBuilder(
            "| measure | contender | figures | target | verdict |\n|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append("| ")
          .append(
              String.join(
                  " | ",
                  row.measure(),
                  row.contender(),
                  row.figures(),
                  row.target(),
                  row.verdict()))
          .append(" |\n");
    }
    String header =
        "Measured "
            + Instant.now()
            + " on "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + ".\n\n";
    Files.createDirectories(out);
    Files.writeString(out.resolve("bench.md"), header + md, StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("bench.json"),
        new GsonBuilder().setPrettyPrinting().create().toJson(rows),
        StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(header + md);
    System.out.println(
        "bench: written to " + out.resolve("bench.md") + " and " + out.resolve("bench.json"));
  }

  private static PrintStream silent() {
    return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
  }
}
