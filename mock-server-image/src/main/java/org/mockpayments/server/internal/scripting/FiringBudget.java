package org.mockpayments.server.internal.scripting;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often a stub or a rule may still fire: at most {@code times} (any number when null), counted.
 */
public final class FiringBudget {
  private final Integer times;
  private final AtomicInteger fired = new AtomicInteger();

  FiringBudget(Integer times) {
    this.times = times;
  }

  /** Counts one firing if the budget allows it; returns its number (1 for the first), or 0. */
  int tryFire() {
    while (true) {
      int current = fired.get();
      if (times != null && current >= times) {
        return 0;
      }
      if (fired.compareAndSet(current, current + 1)) {
        return current + 1;
      }
    }
  }

  public Integer times() {
    return times;
  }

  public int fired() {
    return fired.get();
  }
}
