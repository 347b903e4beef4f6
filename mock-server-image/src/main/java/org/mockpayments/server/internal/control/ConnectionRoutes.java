package org.mockpayments.server.internal.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.CloseRequest;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Base64Payload;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.json.JsonBody;
import org.mockpayments.server.internal.websocket.ConnectionRegistry;
import org.mockpayments.server.internal.websocket.LiveConnection;
import org.mockpayments.server.internal.websocket.PendingWrite;

/** {@code /connections}: list, await, and send, close, drop or break one, the latest or all. */
public final class ConnectionRoutes {
  private final ConnectionRegistry connections;
  private final ScheduledExecutorService scheduler;
  private final long writeTimeoutMs;

  public ConnectionRoutes(
      ConnectionRegistry connections, ScheduledExecutorService scheduler, Duration writeTimeout) {
    this.connections = connections;
    this.scheduler = scheduler;
    this.writeTimeoutMs = writeTimeout.toMillis();
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
        .route("GET", "/connections/{id}/closed", Set.of("timeoutMs"), this::awaitClosed)
        .route("POST", "/connections/{id}/send", ex -> withBody(ex, this::send))
        .route("POST", "/connections/{id}/close", ex -> withBody(ex, this::close))
        .route(
            "POST",
            "/connections/{id}/drop",
            ex -> withBody(ex, noBody("dropped", LiveConnection::drop)))
        .route("POST", "/connections/{id}/ping", ex -> withBody(ex, this::ping))
        .route(
            "POST",
            "/connections/{id}/tcp-reset",
            ex -> withBody(ex, noBody("reset", LiveConnection::resetTcp)))
        .route(
            "POST",
            "/connections/{id}/freeze",
            ex -> withBody(ex, noBody("frozen", LiveConnection::freeze)))
        .route(
            "POST",
            "/connections/{id}/release",
            ex -> withBody(ex, noBody("released", LiveConnection::release)))
        .route(
            "POST",
            "/connections/{id}/pongs",
            ex ->
                withBody(
                    ex,
                    (exchange, json) -> {
                      boolean auto = JsonBody.of(json, "the body", "auto").bool("auto", true);
                      return forEach(
                          exchange, "changed", connection -> done(() -> connection.autoPong(auto)));
                    }))
        .route(
            "POST",
            "/connections/{id}/latency",
            ex ->
                withBody(
                    ex,
                    (exchange, json) -> {
                      long delayMs =
                          JsonBody.of(json, "the body", "delayMs")
                              .integer("delayMs", 0, 600_000, 0);
                      return forEach(
                          exchange,
                          "changed",
                          connection -> done(() -> connection.latency(delayMs)));
                    }));
  }

  private void await(Exchange ex) {
    int count = (int) ex.queryLong("count", 1, 100_000, 1);
    Long since = ex.query("since") == null ? null : ex.queryLong("since", 0, Long.MAX_VALUE, 0);
    long timeoutMs = ex.queryLong("timeoutMs", 0, LongPoll.MAX_TIMEOUT_MS, 5000);
    CompletableFuture<List<LiveConnection>> pending = connections.awaitCount(count, since);
    CompletableFuture<List<LiveConnection>> bounded =
        LongPoll.within(
            pending,
            timeoutMs,
            scheduler,
            () -> connections.cancel(pending),
            () ->
                ApiException.timeout(
                    "Expected at least "
                        + count
                        + " connection(s) to open within "
                        + timeoutMs
                        + " ms, but "
                        + connections.countOpenedAfter(since)
                        + " opened "
                        + (since == null ? "since the last reset" : "after seq " + since)
                        + "."));
    ex.respondWhenDone(bounded, 200, JsonViews::connections);
  }

  /** One connection named by the path: an id or {@code latest}. */
  private LiveConnection one(Exchange ex) {
    if (ConnectionRegistry.ALL.equals(ex.pathParam(0))) {
      throw ApiException.badRequest(
          "Name one connection here (an id or 'latest'), not 'all'; GET /connections lists them"
              + " all.");
    }
    return connections.resolve(ex.pathParam(0)).get(0);
  }

  private void awaitClosed(Exchange ex) {
    LiveConnection connection = one(ex);
    long timeoutMs = ex.queryLong("timeoutMs", 0, LongPoll.MAX_TIMEOUT_MS, 5000);
    CompletableFuture<Void> bounded =
        LongPoll.within(
            connection.closed(),
            timeoutMs,
            scheduler,
            () -> {},
            () ->
                ApiException.timeout(
                    "Connection "
                        + connection.id()
                        + " was still open after "
                        + timeoutMs
                        + " ms."));
    ex.respondWhenDone(bounded, 200, ignored -> JsonViews.connection(connection.snapshot()));
  }

  private CompletableFuture<JsonObject> send(Exchange ex, JsonElement element) {
    JsonBody body = JsonBody.of(element, "the body", "text", "json", "binary");
    String shape =
        "The send body must be exactly one of {\"text\":\"...\"}, {\"json\":<any JSON>} or"
            + " {\"binary\":\"<base64>\"}.";
    if (body.keys().size() != 1) {
      throw ApiException.badRequest(shape);
    }
    Function<LiveConnection, PendingWrite> write;
    if (body.has("text")) {
      String text = body.requiredString("text");
      write = connection -> connection.sendText(text, Journal.NO_CAUSE);
    } else if (body.has("json")) {
      String text = Json.print(body.raw("json"));
      write = connection -> connection.sendText(text, Journal.NO_CAUSE);
    } else if (body.has("binary")) {
      Bytes bytes = Bytes.of(Base64Payload.decode(body.requiredString("binary"), "'binary'"));
      write = connection -> connection.sendBinary(bytes, Journal.NO_CAUSE);
    } else {
      throw ApiException.badRequest(shape);
    }
    return forEach(ex, "sent", write);
  }

  private CompletableFuture<JsonObject> close(Exchange ex, JsonElement body) {
    CloseRequest close = CloseRequest.parse(body, "the body", 1000);
    return forEach(
        ex,
        "closed",
        connection -> connection.close(close.code(), close.reason(), Journal.NO_CAUSE));
  }

  private CompletableFuture<JsonObject> ping(Exchange ex, JsonElement element) {
    JsonBody body = JsonBody.of(element, "the body", "base64");
    String base64 = body.string("base64");
    byte[] bytes = base64 == null ? new byte[0] : Base64Payload.decode(base64, "'base64'");
    if (bytes.length > 125) {
      throw ApiException.badRequest(
          "A ping payload can carry at most 125 bytes, not " + bytes.length + ".");
    }
    return forEach(ex, "sent", connection -> connection.ping(Bytes.of(bytes)));
  }

  /** An action that takes no body and is done at once; answers {@code {"<counted>": n}}. */
  private BodyAction noBody(String counted, Consumer<LiveConnection> action) {
    return (ex, body) -> {
      JsonBody.of(body, "the body");
      return forEach(ex, counted, connection -> done(() -> action.accept(connection)));
    };
  }

  private static PendingWrite done(Runnable action) {
    action.run();
    return PendingWrite.done();
  }

  /** Applies {@code action} to each connection the path names; answers {@code {"<counted>": n}}. */
  private CompletableFuture<JsonObject> forEach(
      Exchange ex, String counted, Function<LiveConnection, PendingWrite> action) {
    List<LiveConnection> targets = connections.resolve(ex.pathParam(0));
    CompletableFuture<?>[] done =
        targets.stream()
            .map(connection -> withinWriteTimeout(connection, action.apply(connection)))
            .toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(done)
        .thenApply(
            ignored -> {
              JsonObject result = new JsonObject();
              result.addProperty(counted, targets.size());
              return result;
            });
  }

  /** A client that stops reading fails its own push, not everyone's: the frame stays queued. */
  private CompletableFuture<Void> withinWriteTimeout(
      LiveConnection connection, PendingWrite write) {
    return LongPoll.within(
        write.written(),
        writeTimeoutMs,
        scheduler,
        () -> {},
        () ->
            ApiException.writeTimeout(
                write.journaled().isDone()
                    ? "Connection "
                        + connection.id()
                        + " did not take the frame within "
                        + writeTimeoutMs
                        + " ms: the client is not reading (MOCK_WRITE_TIMEOUT_MS). The frame is in"
                        + " the journal and stays queued; it goes out if the client reads again."
                    : "Connection "
                        + connection.id()
                        + " is frozen, so the frame was not sent within "
                        + writeTimeoutMs
                        + " ms (MOCK_WRITE_TIMEOUT_MS). It stays queued, and goes out, into the"
                        + " journal too, when the connection is released."));
  }

  private interface BodyAction {
    CompletableFuture<JsonObject> apply(Exchange ex, JsonElement body);
  }

  /** Reads the body, runs the action on it, and answers 200 with its result. */
  private static void withBody(Exchange ex, BodyAction action) {
    ex.respondWhenDone(
        ex.body().thenCompose(json -> action.apply(ex, json)), 200, result -> result);
  }
}
