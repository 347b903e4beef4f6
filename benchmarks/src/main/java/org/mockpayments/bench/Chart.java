package org.mockpayments.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small SVG of horizontal bars, one panel per measure, ours in its own colour. */
final class Chart {
  /** One bar: a contender's value in a group of bars. */
  record Bar(String group, String contender, double value) {}

  private static final int WIDTH = 760;
  private static final int LABEL = 230;
  private static final int BAR_HEIGHT = 16;
  private static final int GAP = 4;
  private static final int TITLE = 26;

  private Chart() {}

  static String svg(List<Bar> bars) {
    Map<String, List<Bar>> groups = new LinkedHashMap<>();
    bars.forEach(bar -> groups.computeIfAbsent(bar.group(), g -> new ArrayList<>()).add(bar));
    StringBuilder body = new StringBuilder();
    int y = 10;
    for (Map.Entry<String, List<Bar>> group : groups.entrySet()) {
      body.append(text(10, y + 16, group.getKey(), "title"));
      y += TITLE;
      double max = group.getValue().stream().mapToDouble(Bar::value).max().orElse(1);
      for (Bar bar : group.getValue()) {
        boolean ours =
            bar.contender().startsWith("mock-payments")
                || bar.contender().startsWith("MockPayments");
        int length = (int) Math.max(1, Math.round((WIDTH - LABEL - 90) * bar.value() / max));
        body.append(text(10, y + 12, bar.contender(), "label"));
        body.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\"/>%n",
                LABEL,
                y,
                length,
                BAR_HEIGHT,
                ours ? "ours" : "peer"));
        body.append(text(LABEL + length + 6, y + 12, Row.fmt(bar.value()), "value"));
        y += BAR_HEIGHT + GAP;
      }
      y += 8;
    }
    return String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\">%n",
            WIDTH,
            y,
            WIDTH,
            y)
        + "<style>text{font-family:sans-serif;font-size:12px;fill:#222}.title{font-weight:bold;"
        + "font-size:13px}.ours{fill:#1f77b4}.peer{fill:#aaa}"
        + "@media (prefers-color-scheme:dark){text{fill:#ddd}.peer{fill:#777}}</style>\n"
        + body
        + "</svg>\n";
  }

  private static String text(int x, int y, String content, String cls) {
    String escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return String.format(
        Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"%s\">%s</text>%n", x, y, cls, escaped);
  }
}
