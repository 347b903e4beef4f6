package org.mockpayments.bench;

import java.util.Locale;

/** 10,000 connections to one container: open, broadcast, memory per connection. */
final class ScaleSection {
  private ScaleSection() {}

  static void run(Results results) throws Exception {
    Scale.Result scale = Scale.measure(Contenders.OUR_IMAGE.image(), 10_000);
    results.row(
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
}
