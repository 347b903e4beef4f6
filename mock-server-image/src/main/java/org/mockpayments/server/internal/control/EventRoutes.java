package org.mockpayments.server.internal.control;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code /events}: connections, frames and refused upgrades as Server-Sent Events, as they happen.
 */
public final class EventRoutes {
  private static final long KEEP_ALIVE_SECONDS = 15;

  private final EventHub events;
  private final ScheduledExecutorService scheduler;

  public EventRoutes(EventHub events, ScheduledExecutorService scheduler) {
    this.events = events;
    this.scheduler = scheduler;
  }

  public void register(ControlRouter router) {
    router.route(
        "GET",
        "/events",
        ex -> {
          EventStream stream = ex.stream("text/event-stream; charset=utf-8");
          events.subscribe(stream);
          // A comment now and then keeps proxies from closing an idle stream and notices clients
          // that left.
          ScheduledFuture<?> keepAlive =
              scheduler.scheduleAtFixedRate(
                  () -> stream.accept(": keep-alive\n\n"),
                  KEEP_ALIVE_SECONDS,
                  KEEP_ALIVE_SECONDS,
                  TimeUnit.SECONDS);
          stream.onEnd(
              () -> {
                events.unsubscribe(stream);
                keepAlive.cancel(false);
              });
          stream.accept(": connected\n\n");
        });
  }
}
