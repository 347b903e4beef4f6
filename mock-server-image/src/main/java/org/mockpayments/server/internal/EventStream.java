package org.mockpayments.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * One {@code /events} client. Events queue up and go out in order, batched, one write at a time, as
 * Jetty requires; a failed write (the client left) ends the stream.
 */
final class EventStream extends IteratingCallback implements Consumer<String> {
  private static final long KEEP_ALIVE_SECONDS = 15;

  private final Queue<String> queue = new ConcurrentLinkedQueue<>();
  private final EventHub hub;
  private final Response response;
  private final Callback requestCallback;
  private ScheduledFuture<?> keepAlive;

  EventStream(EventHub hub, Response response, Callback requestCallback) {
    this.hub = hub;
    this.response = response;
    this.requestCallback = requestCallback;
  }

  /** Sends the headers at once and then every event until the client leaves. */
  void start(ScheduledExecutorService scheduler) {
    hub.subscribe(this);
    // A comment now and then keeps proxies from closing an idle stream and notices clients that left.
    keepAlive = scheduler.scheduleAtFixedRate(
        () -> accept(": keep-alive\n\n"), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    accept(": connected\n\n");
  }

  @Override
  public void accept(String message) {
    queue.add(message);
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
    hub.unsubscribe(this);
    if (keepAlive != null) {
      keepAlive.cancel(false);
    }
    requestCallback.failed(cause);
  }
}
