package org.mockpayments.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every benchmark of {@code make bench} in one go, prints one table of figures, ratios and
 * verdicts, and writes it as Markdown, JSON and an SVG chart to the given directory ({@code
 * bench.md}, {@code bench.json}, {@code bench.svg}).
 */
public final class BenchMain {
  private BenchMain() {}

  private interface Section {
    void run(Results results) throws Exception;
  }

  /**
   * {@code args[0]}: where to write the results; further arguments, if any, name the only sections
   * to run ({@code ready}, {@code start}, {@code websocket}, {@code ingest-host}, {@code
   * in-process}, {@code contract}, {@code scale}, {@code suite}).
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target");
    Set<String> only = Set.copyOf(List.of(args).subList(Math.min(1, args.length), args.length));
    Map<String, Section> sections = new LinkedHashMap<>();
    sections.put("ready", ReadySection::run);
    sections.put("start", StartSection::run);
    sections.put("websocket", WebSocketSection::containers);
    sections.put("ingest-host", HostIngestSection::run);
    sections.put("in-process", WebSocketSection::inProcess);
    sections.put("contract", ContractSection::run);
    sections.put("scale", ScaleSection::run);
    sections.put("suite", SuiteSection::run);
    Results results = new Results();
    sections.forEach(
        (name, section) -> {
          if (only.isEmpty() || only.contains(name)) {
            System.out.println("bench: " + name);
            try {
              section.run(results);
            } catch (Exception | AssertionError e) {
              results.row(new Row(name, "", "FAILED: " + e, "", "MISSED"));
              e.printStackTrace();
            }
          }
        });
    results.write(out);
  }
}
