package org.mockpayments.sample;

import java.time.Duration;

/**
 * How the client notices a dead peer: it pings every {@code interval}, and a connection whose pong
 * has not come back within {@code timeout} is given up and reopened.
 *
 * @param interval how often to ping
 * @param timeout how long a ping may wait for its pong
 */
public record Heartbeat(Duration interval, Duration timeout) {
  /** A ping every 15 s, given up after 10 s. */
  public static Heartbeat standard() {
    return new Heartbeat(Duration.ofSeconds(15), Duration.ofSeconds(10));
  }
}
