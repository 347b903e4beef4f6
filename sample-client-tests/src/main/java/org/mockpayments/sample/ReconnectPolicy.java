package org.mockpayments.sample;

import java.time.Duration;

/**
 * How the client reconnects after a connection broke before the payment was over: exponential
 * backoff from {@code firstDelay}, doubling up to {@code maxDelay}, at most {@code maxAttempts}
 * times in a row.
 *
 * @param firstDelay the wait before the first reconnect
 * @param maxDelay the longest wait between attempts
 * @param maxAttempts how many reconnects in a row before the order is marked failed
 */
public record ReconnectPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
  /** 200 ms doubling up to 5 s, 8 attempts. */
  public static ReconnectPolicy standard() {
    return new ReconnectPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), 8);
  }

  /** The wait before reconnect number {@code attempt} (1 for the first). */
  public Duration delayBefore(int attempt) {
    long millis = firstDelay.toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
  }
}
