package org.mockpayments.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Samples of one measurement and their order statistics. */
final class Stats {
  private final List<Double> samples = new ArrayList<>();
  private int failedWaits;

  void add(double sample) {
    samples.add(sample);
  }

  /** Counts a wait that hung or broke off, although what it waited for had happened. */
  void addFailedWait() {
    failedWaits++;
  }

  int failedWaits() {
    return failedWaits;
  }

  int count() {
    return samples.size();
  }

  double min() {
    return percentile(0);
  }

  double median() {
    return percentile(50);
  }

  double max() {
    return percentile(100);
  }

  /** The nearest-rank percentile. */
  double percentile(double p) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
