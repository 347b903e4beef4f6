package org.mockpayments.server.internal.control;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.websocket.ConnectionRegistry;
import org.mockpayments.server.internal.websocket.LiveConnection;

/** {@code GET /connections...}: list them, look at one, await new ones and a closing. */
public final class ConnectionRoutes {
  private final ConnectionRegistry connections;
  private final ScheduledExecutorService scheduler;

  public ConnectionRoutes(ConnectionRegistry connections, ScheduledExecutorService scheduler) {
    this.connections = connections;
    this.scheduler = scheduler;
  }

  public void register(ControlRouter router) {
    router
        .route(
            "GET", "/connections", ex -> ex.respond(200, JsonViews.connections(connections.list())))
        .route("GET", "/connections/await", Set.of("count", "since", "timeoutMs"), this::await)
        .route(
            "GET",
            "/connections/{id}",
            ex -> ex.respond(200, JsonViews.connection(one(ex).snapshot())))
        .route("GET", "/connections/{id}/closed", Set.of("timeoutMs"), this::awaitClosed);
  }

  private void await(Exchange ex) {
    int count = (int) ex.queryLong("count", 1, 100_000, 1);
    Long since = ex.query("since") == null ? null : ex.queryLong("since", 0, Long.MAX_VALUE, 0);
    long timeoutMs = ex.queryLong("timeoutMs", 0, LongPoll.MAX_TIMEOUT_MS, 5000);
    CompletableFuture<List<LiveConnection>> pending = connections.awaitCount(count, since);
    ex.respondWhenDone(
        LongPoll.within(
            pending,
            timeoutMs,
            scheduler,
            () -> connections.cancel(pending),
            () -> ApiException.timeout(notEnough(count, since, timeoutMs))),
        200,
        JsonViews::connections);
  }

  private String notEnough(int count, Long since, long timeoutMs) {
    return "Expected at least "
        + count
        + " connection(s) to open within "
        + timeoutMs
        + " ms, but "
        + connections.countOpenedAfter(since)
        + " opened "
        + (since == null ? "since the last reset" : "after seq " + since)
        + ".";
  }

  /** One connection named by the path: an id or {@code latest}. */
  private LiveConnection one(Exchange ex) {
    if (ConnectionRegistry.ALL.equals(ex.pathParam(0))) {
      throw ApiException.badRequest(
          "Name one connection here (an id or 'latest'), not 'all';"
              + " GET /connections lists them all.");
    }
    return connections.resolve(ex.pathParam(0)).get(0);
  }

  private void awaitClosed(Exchange ex) {
    LiveConnection connection = one(ex);
    long timeoutMs = ex.queryLong("timeoutMs", 0, LongPoll.MAX_TIMEOUT_MS, 5000);
    String stillOpen =
        "Connection " + connection.id() + " was still open after " + timeoutMs + " ms.";
    ex.respondWhenDone(
        LongPoll.within(
            connection.closed(),
            timeoutMs,
            scheduler,
            () -> {},
            () -> ApiException.timeout(stillOpen)),
        200,
        ignored -> JsonViews.connection(connection.snapshot()));
  }
}
