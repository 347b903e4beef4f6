package org.mockpayments.server.internal.websocket;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * One connection's keep-alive: whether the client's pings are answered with pongs (they are, until
 * a test says otherwise), and the round trips of the mock's own pings.
 */
final class KeepAlive {
  private final Deque<Long> pingsInFlight = new ConcurrentLinkedDeque<>();
  private volatile boolean answerPings = true;

  boolean answersPings() {
    return answerPings;
  }

  void answerPings(boolean on) {
    answerPings = on;
  }

  /** The mock's ping goes out now. */
  void pingSent() {
    pingsInFlight.add(System.nanoTime());
  }

  /** The round trip of the oldest ping still waiting for its pong, in ms, or null if none. */
  Double pongArrived() {
    Long sentAt = pingsInFlight.poll();
    return sentAt == null ? null : (System.nanoTime() - sentAt) / 1e6;
  }
}
