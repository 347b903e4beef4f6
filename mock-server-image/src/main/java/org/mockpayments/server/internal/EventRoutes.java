package org.mockpayments.server.internal;

import org.eclipse.jetty.http.HttpHeader;

/** {@code /events}: connections and frames as Server-Sent Events, as they happen. */
final class EventRoutes {
  private final Mock mock;

  EventRoutes(Mock mock) {
    this.mock = mock;
  }

  void register(ControlApi api) {
    api.route("GET", "/events", ex -> {
      ex.response.setStatus(200);
      ex.response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
      ex.response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      new EventStream(mock.events, ex.response, ex.callback).start(mock.scheduler);
    });
  }
}
