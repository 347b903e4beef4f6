package org.mockpayments.server.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@code /connections}: list, await, and send, close, drop or ping to one, the latest or all. */
final class ConnectionRoutes {
  private final Mock mock;
  private final long writeTimeoutMs;

  ConnectionRoutes(Mock mock, long writeTimeoutMs) {
    this.mock = mock;
    this.writeTimeoutMs = writeTimeoutMs;
  }

  void register(ControlApi api) {
    api.route("GET", "/connections", ex -> ex.respond(200, toJson(mock.connections.list())))
        .route("GET", "/connections/await", this::await)
        .route("GET", "/connections/{id}", ex -> ex.respond(200, mock.connections.get(ex.pathParam(0)).toJson()))
        .route("GET", "/connections/{id}/closed", this::awaitClosed)
        .route("POST", "/connections/{id}/send", ex -> withBody(ex, this::send))
        .route("POST", "/connections/{id}/close", ex -> withBody(ex, this::close))
        .route("POST", "/connections/{id}/drop", ex -> withBody(ex, this::drop))
        .route("POST", "/connections/{id}/ping", ex -> withBody(ex, this::ping))
        .route("POST", "/connections/{id}/tcp-reset", ex -> withBody(ex, noBody("reset", LiveConnection::resetTcp)))
        .route("POST", "/connections/{id}/freeze", ex -> withBody(ex, noBody("frozen", LiveConnection::freeze)))
        .route("POST", "/connections/{id}/release", ex -> withBody(ex, noBody("released", LiveConnection::release)))
        .route("POST", "/connections/{id}/pongs", ex -> withBody(ex, (exchange, json) -> {
          boolean auto = JsonBody.of(json, "the body", "auto").bool("auto", true);
          return forEach(exchange, "changed", connection -> done(() -> connection.autoPong(auto)));
        }))
        .route("POST", "/connections/{id}/latency", ex -> withBody(ex, (exchange, json) -> {
          long delayMs = JsonBody.of(json, "the body", "delayMs").integer("delayMs", 0, 600_000, 0);
          return forEach(exchange, "changed", connection -> done(() -> connection.sendDelay(delayMs)));
        }));
  }

  private void await(Exchange ex) {
    int count = (int) ex.queryLong("count", 1, 100_000, 1);
    long timeoutMs = ex.queryLong("timeoutMs", 0, LongPoll.MAX_TIMEOUT_MS, 5000);
    CompletableFuture<List<LiveConnection>> pending = mock.connections.awaitCount(count);
    CompletableFuture<List<LiveConnection>> bounded = LongPoll.within(pending, timeoutMs, mock.scheduler,
        () -> mock.connections.cancel(pending),
        () -> ApiException.timeout("Expected at least " + count + " connection(s) to open within " + timeoutMs
            + " ms, but " + mock.connections.openedSinceReset() + " opened since start or reset."));
    ex.respondWhenDone(bounded, 200, ConnectionRoutes::toJson);
  }

  private void awaitClosed(Exchange ex) {
    if (ConnectionRegistry.ALL.equals(ex.pathParam(0))) {
      throw ApiException.badRequest("Await the closing of one connection (an id or 'latest'), not 'all'.");
    }
    LiveConnection connection = mock.connections.resolve(ex.pathParam(0)).get(0);
    long timeoutMs = ex.queryLong("timeoutMs", 0, LongPoll.MAX_TIMEOUT_MS, 5000);
    CompletableFuture<Void> bounded = LongPoll.within(connection.closed(), timeoutMs, mock.scheduler, () -> { },
        () -> ApiException.timeout("Connection " + connection.id + " was still open after " + timeoutMs + " ms."));
    ex.respondWhenDone(bounded, 200, ignored -> connection.toJson());
  }

  private CompletableFuture<JsonObject> send(Exchange ex, JsonElement element) {
    JsonBody body = JsonBody.of(element, "the body", "text", "json", "binary");
    String shape = "The send body must be exactly one of {\"text\":\"...\"}, {\"json\":<any JSON>} or {\"binary\":\"<base64>\"}.";
    if (body.keys().size() != 1) {
      throw ApiException.badRequest(shape);
    }
    Function<LiveConnection, CompletableFuture<Void>> write;
    if (body.has("text")) {
      String text = body.requiredString("text");
      write = connection -> connection.sendText(text);
    } else if (body.has("json")) {
      String text = Json.print(body.raw("json"));
      write = connection -> connection.sendText(text);
    } else if (body.has("binary")) {
      byte[] bytes = Base64Payload.decode(body.requiredString("binary"), "'binary'");
      write = connection -> connection.sendBinary(bytes);
    } else {
      throw ApiException.badRequest(shape);
    }
    return forEach(ex, "sent", write);
  }

  private CompletableFuture<JsonObject> close(Exchange ex, JsonElement body) {
    CloseRequest close = CloseRequest.parse(body, "the body", 1000);
    return forEach(ex, "closed", connection -> connection.close(close.code(), close.reason()));
  }

  private CompletableFuture<JsonObject> drop(Exchange ex, JsonElement body) {
    return noBody("dropped", LiveConnection::drop).apply(ex, body);
  }

  /** An action that takes no body and is done at once; answers {@code {"<counted>": n}}. */
  private BodyAction noBody(String counted, java.util.function.Consumer<LiveConnection> action) {
    return (ex, body) -> {
      JsonBody.of(body, "the body");
      return forEach(ex, counted, connection -> done(() -> action.accept(connection)));
    };
  }

  private static CompletableFuture<Void> done(Runnable action) {
    action.run();
    return CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<JsonObject> ping(Exchange ex, JsonElement element) {
    JsonBody body = JsonBody.of(element, "the body", "base64");
    String base64 = body.string("base64");
    byte[] bytes = base64 == null ? new byte[0] : Base64Payload.decode(base64, "'base64'");
    if (bytes.length > 125) {
      throw ApiException.badRequest("A ping payload can carry at most 125 bytes, not " + bytes.length + ".");
    }
    return forEach(ex, "sent", connection -> connection.ping(bytes));
  }

  /** Applies {@code action} to each connection the path names; answers {@code {"<counted>": n}}. */
  private CompletableFuture<JsonObject> forEach(
      Exchange ex, String counted, Function<LiveConnection, CompletableFuture<Void>> action) {
    List<LiveConnection> targets = mock.connections.resolve(ex.pathParam(0));
    CompletableFuture<?>[] done = targets.stream().map(connection -> withinWriteTimeout(connection, action))
        .toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(done).thenApply(ignored -> {
      JsonObject result = new JsonObject();
      result.addProperty(counted, targets.size());
      return result;
    });
  }

  /** A client that stops reading must fail its own push, not hang it: the frame stays queued and journaled. */
  private CompletableFuture<Void> withinWriteTimeout(
      LiveConnection connection, Function<LiveConnection, CompletableFuture<Void>> action) {
    return LongPoll.within(action.apply(connection), writeTimeoutMs, mock.scheduler, () -> { },
        () -> new ApiException(408, "write_timeout", "Connection " + connection.id + " did not take the frame within "
            + writeTimeoutMs + " ms: the client is not reading (MOCK_WRITE_TIMEOUT_MS). The frame stays queued."));
  }

  private interface BodyAction {
    CompletableFuture<JsonObject> apply(Exchange ex, JsonElement body);
  }

  /** Reads the body, runs the action on it, and answers 200 with its result. */
  private static void withBody(Exchange ex, BodyAction action) {
    ex.respondWhenDone(ex.body().thenCompose(json -> action.apply(ex, json)), 200, result -> result);
  }

  static JsonArray toJson(List<LiveConnection> connections) {
    JsonArray array = new JsonArray();
    connections.forEach(connection -> array.add(connection.toJson()));
    return array;
  }
}
