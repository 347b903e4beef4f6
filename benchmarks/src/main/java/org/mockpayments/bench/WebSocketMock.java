package org.mockpayments.bench;

import java.time.Duration;

/**
 * The WebSocket work every contender is measured on, each through its own documented API: push a
 * frame to the connected client, wait until the mock has journaled a client's frame, and count what
 * it journaled.
 */
interface WebSocketMock {
  /**
   * How long a wait for one client frame may take: generous for a frame on this host, and short
   * enough that a peer's wait that runs out although the frame was journaled costs 2 s, not 30.
   */
  Duration WAIT = Duration.ofSeconds(2);

  /** How long clients may take to connect, 50 of them at once in the ingest measure. */
  Duration CONNECTIONS_WAIT = Duration.ofSeconds(30);

  /** The WebSocket URL of {@code path}, such as {@code ws://localhost:32768/bench}. */
  String webSocketUrl(String path);

  /** Waits until {@code count} clients are connected. */
  void awaitConnections(int count);

  /** Sends {@code text} to the clients connected on {@code path}. */
  void push(String path, String text);

  /**
   * Returns once the mock has journaled a client frame equal to {@code text}.
   *
   * @throws FailedWait if the mock's wait hung or broke off although the frame was journaled
   */
  void awaitReceived(String text);

  /** How many client frames starting with {@code prefix} the mock journaled. */
  long countReceived(String prefix);

  /** Forgets what was journaled, so each measure starts afresh. */
  void forget();

  /**
   * A mock's wait that hung or broke off although what it waited for had been journaled: the mock's
   * failure, counted, not the frame's loss.
   */
  final class FailedWait extends RuntimeException {
    FailedWait(String message) {
      super(message);
    }
  }
}
