package org.mockpayments.server.internal.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * An answer that never ends by itself, such as {@code /events}: text queued with {@link #accept}
 * goes out in order, batched, one write at a time as Jetty requires; a failed write (the client
 * left) ends it and runs {@code onEnd}.
 */
public final class EventStream extends IteratingCallback implements Consumer<String> {
  private final Queue<String> queue = new ConcurrentLinkedQueue<>();
  private final Response response;
  private final Callback requestCallback;
  private volatile Runnable onEnd = () -> {};

  EventStream(Response response, Callback requestCallback) {
    this.response = response;
    this.requestCallback = requestCallback;
  }

  /** Runs {@code action} once the client has gone. */
  void onEnd(Runnable action) {
    this.onEnd = action;
  }

  @Override
  public void accept(String text) {
    queue.add(text);
    iterate();
  }

  @Override
  protected Action process() {
    StringBuilder batch = new StringBuilder();
    for (String next = queue.poll(); next != null; next = queue.poll()) {
      batch.append(next);
    }
    if (batch.isEmpty()) {
      return Action.IDLE;
    }
    response.write(false, ByteBuffer.wrap(batch.toString().getBytes(StandardCharsets.UTF_8)), this);
    return Action.SCHEDULED;
  }

  @Override
  protected void onCompleteFailure(Throwable cause) {
    onEnd.run();
    requestCallback.failed(cause);
  }
}
