package org.mockpayments.bench;

import java.util.Locale;

/** Ready time, image size and resident memory of every contender, interleaved round by round. */
final class ReadySection {
  static final int ROUNDS = 10;

  private ReadySection() {}

  static void run(Results results) {
    ReadyTime ready = new ReadyTime();
    ready.measure(Contenders.ALL, ROUNDS);
    double ours = ready.ready.get(Contenders.OURS).median();
    double floor = ready.ready.get(Contenders.FLOOR).median();
    double peers =
        Contenders.ALL.stream()
            .filter(c -> !c.name().equals(Contenders.OURS))
            .mapToDouble(c -> ready.ready.get(c.name()).median())
            .min()
            .orElseThrow();
    StringBuilder ratios = new StringBuilder();
    for (ReadyTime.Contender peer : Contenders.ALL) {
      if (!peer.name().equals(Contenders.OURS)) {
        ratios
            .append(ratio(ours, ready.ready.get(peer.name()).median()))
            .append(" of ")
            .append(peer.name())
            .append(", ");
      }
    }
    ratios.append(ratio(ours, floor)).append(" of the floor");
    ready.ready.forEach(
        (name, stats) -> {
          boolean isOurs = name.equals(Contenders.OURS);
          results.row(
              new Row(
                  "1. ready time, docker run to first 200 (min / median / max)",
                  name,
                  Row.minMedMax(stats, "ms"),
                  isOurs ? "<= 0.3x each peer, <= 1.3x floor: " + ratios : "",
                  isOurs ? Row.verdict(ours <= 0.3 * peers && ours <= 1.3 * floor) : ""));
          results.bar("ready time, median ms", name, stats.median());
        });

    double wiremock4Size = Docker.imageSizeMb("bench-wiremock4:latest");
    for (ReadyTime.Contender contender : Contenders.ALL) {
      double size = Docker.imageSizeMb(contender.image());
      boolean isOurs = contender.name().equals(Contenders.OURS);
      results.row(
          new Row(
              "3. image size, uncompressed",
              contender.name(),
              Row.fmt(size) + " MB",
              isOurs ? "<= 0.75x WireMock 4: " + ratio(size, wiremock4Size) : "",
              isOurs ? Row.verdict(size <= 0.75 * wiremock4Size) : ""));
      results.bar("image size, MB", contender.name(), size);
    }
    double wiremock4Rss = ready.rss.get(Contenders.WIREMOCK_4).median();
    ready.rss.forEach(
        (name, stats) -> {
          boolean isOurs = name.equals(Contenders.OURS);
          results.row(
              new Row(
                  "3. resident memory 1 s after ready (min / median / max)",
                  name,
                  Row.minMedMax(stats, "MiB"),
                  isOurs ? "<= 0.5x WireMock 4: " + ratio(stats.median(), wiremock4Rss) : "",
                  isOurs ? Row.verdict(stats.median() <= 0.5 * wiremock4Rss) : ""));
          if (!name.equals(Contenders.FLOOR)) {
            results.bar("resident memory, MiB", name, stats.median());
          }
        });
  }

  static String ratio(double ours, double theirs) {
    return String.format(Locale.ROOT, "%.2fx", ours / theirs);
  }
}
