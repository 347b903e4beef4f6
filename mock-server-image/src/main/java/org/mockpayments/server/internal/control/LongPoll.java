package org.mockpayments.server.internal.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.mockpayments.server.internal.json.ApiException;

/** Bounds a pending await in time without holding a thread: one timer task per waiter. */
public final class LongPoll {
  static final long MAX_TIMEOUT_MS = 600_000;

  private LongPoll() {}

  /**
   * Completes with {@code pending}'s value, or after {@code timeoutMs} runs {@code cancel} and
   * fails with the exception {@code timeout} describes (built only then, so it can list what
   * arrived).
   */
  static <T> CompletableFuture<T> within(
      CompletableFuture<T> pending,
      long timeoutMs,
      ScheduledExecutorService scheduler,
      Runnable cancel,
      Supplier<ApiException> timeout) {
    if (pending.isDone()) {
      return pending;
    }
    CompletableFuture<T> bounded = new CompletableFuture<>();
    ScheduledFuture<?> timer =
        scheduler.schedule(
            () -> {
              cancel.run();
              bounded.completeExceptionally(timeout.get());
            },
            timeoutMs,
            TimeUnit.MILLISECONDS);
    pending.whenComplete(
        (value, failure) -> {
          timer.cancel(false);
          if (failure == null) {
            bounded.complete(value);
          } else {
            bounded.completeExceptionally(failure);
          }
        });
    return bounded;
  }
}
