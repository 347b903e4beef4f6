package org.mockpayments.recipes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.mockpayments.client.Frame;
import org.mockpayments.client.MockPayments;

/**
 * What the mock sent, read from its journal with a deadline: the recipes' side of a conversation.
 */
final class Journal {
  private Journal() {}

  /**
   * Asserts that the mock sends no frame whose text fits {@code text} during {@code window}: a
   * bounded wait for something that must not happen.
   */
  static void assertNoneSent(MockPayments payments, Predicate<String> text, Duration window) {
    long before = count(payments, text);
    Instant end = Instant.now().plus(window);
    while (Instant.now().isBefore(end)) {
      long now = count(payments, text);
      if (now != before) {
        throw new AssertionError(
            "The mock sent " + (now - before) + " more fitting frames:\n" + payments.transcript());
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  private static long count(MockPayments payments, Predicate<String> text) {
    return payments.frames().stream()
        .filter(frame -> frame.direction() == Frame.Direction.OUT)
        .filter(frame -> frame.text() != null && text.test(frame.text()))
        .count();
  }

  /** Waits until the mock has sent at least {@code count} frames whose text fits {@code text}. */
  static List<Frame> awaitSent(MockPayments payments, Predicate<String> text, int count) {
    return awaitSent(payments, text, count, Duration.ofSeconds(5));
  }

  /** As above, waiting at most {@code within}. */
  static List<Frame> awaitSent(
      MockPayments payments, Predicate<String> text, int count, Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (true) {
      List<Frame> sent =
          payments.frames().stream()
              .filter(frame -> frame.direction() == Frame.Direction.OUT)
              .filter(frame -> frame.text() != null && text.test(frame.text()))
              .toList();
      if (sent.size() >= count) {
        return sent;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "The mock sent "
                + sent.size()
                + " fitting frames within "
                + within.toSeconds()
                + " s, not "
                + count
                + ". Its journal:\n"
                + payments.transcript());
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }
}
