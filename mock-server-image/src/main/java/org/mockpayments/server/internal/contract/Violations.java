package org.mockpayments.server.internal.contract;

import java.util.ArrayList;
import java.util.List;

/** The violations since the last reset, oldest first; past the limit the oldest are dropped. */
final class Violations {
  private static final int LIMIT = 10_000;

  private final List<Violation> kept = new ArrayList<>();
  private long dropped;

  synchronized void add(Violation violation) {
    kept.add(violation);
    if (kept.size() > LIMIT) {
      kept.remove(0);
      dropped++;
    }
  }

  /** Those of journal entries after {@code since}. */
  synchronized List<Violation> since(long since) {
    return kept.stream().filter(violation -> violation.seq() > since).toList();
  }

  synchronized long dropped() {
    return dropped;
  }

  synchronized void clear() {
    kept.clear();
    dropped = 0;
  }
}
