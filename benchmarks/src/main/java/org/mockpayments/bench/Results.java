package org.mockpayments.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rows of the table and the bars of the chart, written out once at the end. */
final class Results {
  private final List<Row> rows = new ArrayList<>();
  private final List<Chart.Bar> bars = new ArrayList<>();

  void row(Row row) {
    rows.add(row);
  }

  void bar(String group, String contender, double value) {
    bars.add(new Chart.Bar(group, contender, value));
  }

  void write(Path out) throws IOException {
    StringBuilder md =
        new StringBuilder(
            "| measure | contender | figures | target and ratio | verdict |\n"
                + "|---|---|---|---|---|\n");
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
    Files.writeString(out.resolve("bench.svg"), Chart.svg(bars), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(header + md);
    System.out.println(
        "bench: written to " + out.resolve("bench.md") + ", bench.json and bench.svg");
  }
}
