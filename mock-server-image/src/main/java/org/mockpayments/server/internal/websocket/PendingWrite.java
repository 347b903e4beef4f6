package org.mockpayments.server.internal.websocket;

import java.util.concurrent.CompletableFuture;

/**
 * A frame asked to go out: {@code journaled} completes when it goes out and into the journal (at
 * once, or on release when the connection is frozen), {@code written} when Jetty has written it.
 */
public record PendingWrite(CompletableFuture<Void> journaled, CompletableFuture<Void> written) {
  /** Nothing to wait for, such as after a drop. */
  public static PendingWrite done() {
    return new PendingWrite(
        CompletableFuture.completedFuture(null), CompletableFuture.completedFuture(null));
  }
}
