package org.mockpayments.bench;

import java.util.Locale;

/**
 * One line of the results table.
 *
 * @param measure what was measured, with its unit
 * @param contender who was measured
 * @param figures the figures, as printed (min / median / max, or p50 / p99, ...)
 * @param target the target, or empty
 * @param verdict "met", "MISSED" or empty when there is no target
 */
record Row(String measure, String contender, String figures, String target, String verdict) {
  static String minMedMax(Stats stats, String unit) {
    return String.format(
        Locale.ROOT,
        "%s / %s / %s %s (n=%d)",
        fmt(stats.min()),
        fmt(stats.median()),
        fmt(stats.max()),
        unit,
        stats.count());
  }

  static String fmt(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }
}
