package org.mockpayments.server.internal.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mockpayments.server.internal.binary.BinaryLayout;
import org.mockpayments.server.internal.contract.Contracts;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.CloseRequest;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Base64Payload;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.json.JsonBody;
import org.mockpayments.server.internal.websocket.ConnectionRegistry;
import org.mockpayments.server.internal.websocket.Faults;
import org.mockpayments.server.internal.websocket.LiveConnection;
import org.mockpayments.server.internal.websocket.PendingWrite;

/**
 * {@code POST /connections/{id}/...}: push, close, ping, and break one connection, the latest or
 * all; each answers {@code {"<what>": n}} with how many connections it was done to.
 */
public final class ConnectionActionRoutes {
  private final ConnectionRegistry connections;
  private final ScheduledExecutorService scheduler;
  private final long writeTimeoutMs;
  private final Contracts contracts;

  public ConnectionActionRoutes(
      ConnectionRegistry connections,
      ScheduledExecutorService scheduler,
      Duration writeTimeout,
      Contracts contracts) {
    this.connections = connections;
    this.contracts = contracts;
    this.scheduler = scheduler;
    this.writeTimeoutMs = writeTimeout.toMillis();
  }

  public void register(ControlRouter router) {
    router
        .route("POST", "/connections/{id}/send", ex -> withBody(ex, this::send))
        .route("POST", "/connections/{id}/close", ex -> withBody(ex, this::close))
        .route("POST", "/connections/{id}/ping", ex -> withBody(ex, this::ping))
        .route("POST", "/connections/{id}/drop", ex -> withBody(ex, fault("dropped", Faults::drop)))
        .route(
            "POST",
            "/connections/{id}/tcp-reset",
            ex -> withBody(ex, fault("reset", Faults::resetTcp)))
        .route(
            "POST", "/connections/{id}/freeze", ex -> withBody(ex, fault("frozen", Faults::freeze)))
        .route(
            "POST",
            "/connections/{id}/release",
            ex -> withBody(ex, fault("released", Faults::release)))
        .route("POST", "/connections/{id}/pongs", ex -> withBody(ex, this::pongs))
        .route("POST", "/connections/{id}/latency", ex -> withBody(ex, this::latency));
  }

  private CompletableFuture<JsonObject> send(Exchange ex, JsonElement element) {
    JsonBody body =
        JsonBody.of(element, "the body", "text", "json", "binary", "fields", "message", "example");
    if (body.keys().size() != (body.has("example") ? 2 : 1)
        || (body.has("example") && !body.has("message"))) {
      throw ApiException.badRequest(
          "The send body must be exactly one of {\"text\":\"...\"},"
              + " {\"json\":<any JSON>}, {\"binary\":\"<base64>\"}, {\"fields\":[...]} or"
              + " {\"message\":\"<name in the AsyncAPI document>\"} (with \"example\":\"<its"
              + " name>\" to pick one).");
    }
    if (body.has("fields")) {
      Bytes bytes =
          Bytes.of(
              BinaryLayout.template(body.raw("fields"), "'fields'", ConnectionActionRoutes::fixed)
                  .write(value -> value));
      return forEach(ex, "sent", connection -> connection.sendBinary(bytes, Journal.NO_CAUSE));
    }
    if (body.has("message")) {
      return sendMessage(ex, body.requiredString("message"), body.string("example"));
    }
    if (body.has("binary")) {
      Bytes bytes = Bytes.of(Base64Payload.decode(body.requiredString("binary"), "'binary'"));
      return forEach(ex, "sent", connection -> connection.sendBinary(bytes, Journal.NO_CAUSE));
    }
    String text = body.has("json") ? Json.print(body.raw("json")) : body.requiredString("text");
    return forEach(ex, "sent", connection -> connection.sendText(text, Journal.NO_CAUSE));
  }

  /**
   * Pushes a message of the loaded contract by name; every target's payload is found before any is
   * sent, so a name the contract refuses sends nothing.
   */
  private CompletableFuture<JsonObject> sendMessage(Exchange ex, String name, String example) {
    Map<String, String> texts = new ConcurrentHashMap<>();
    Function<LiveConnection, String> payload =
        connection ->
            texts.computeIfAbsent(
                connection.id(),
                id ->
                    Json.print(
                        contracts.payloadOf(name, example, id, connection.handshake().path())));
    connections.resolve(ex.pathParam(0)).forEach(payload::apply);
    return forEach(
        ex, "sent", connection -> connection.sendText(payload.apply(connection), Journal.NO_CAUSE));
  }

  /** A pushed frame is sent as it is given: it has no frame or stub for placeholders to read. */
  private static void fixed(String value, String where) {
    if (value.contains("{{")) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " holds a placeholder, but a push is sent as it is given: placeholders are for"
              + " the replies of stubs.");
    }
  }

  private CompletableFuture<JsonObject> close(Exchange ex, JsonElement body) {
    CloseRequest close = CloseRequest.parse(body, "the body", 1000);
    return forEach(
        ex,
        "closed",
        connection -> connection.close(close.code(), close.reason(), Journal.NO_CAUSE));
  }

  private CompletableFuture<JsonObject> ping(Exchange ex, JsonElement element) {
    String base64 = JsonBody.of(element, "the body", "base64").string("base64");
    byte[] bytes = base64 == null ? new byte[0] : Base64Payload.decode(base64, "'base64'");
    if (bytes.length > 125) {
      throw ApiException.badRequest(
          "A ping payload can carry at most 125 bytes, not " + bytes.length + ".");
    }
    return forEach(ex, "sent", connection -> connection.ping(Bytes.of(bytes)));
  }

  private CompletableFuture<JsonObject> pongs(Exchange ex, JsonElement element) {
    boolean auto = JsonBody.of(element, "the body", "auto").bool("auto", true);
    return forEach(ex, "changed", connection -> done(() -> connection.faults().answerPings(auto)));
  }

  private CompletableFuture<JsonObject> latency(Exchange ex, JsonElement element) {
    long delayMs = JsonBody.of(element, "the body", "delayMs").integer("delayMs", 0, 600_000, 0);
    return forEach(ex, "changed", connection -> done(() -> connection.faults().latency(delayMs)));
  }

  /** A fault that takes no body and is done at once. */
  private BodyAction fault(String counted, Consumer<Faults> fault) {
    return (ex, body) -> {
      JsonBody.of(body, "the body");
      return forEach(ex, counted, connection -> done(() -> fault.accept(connection.faults())));
    };
  }

  private static PendingWrite done(Runnable action) {
    action.run();
    return PendingWrite.done();
  }

  /** Applies {@code action} to each connection the path names. */
  private CompletableFuture<JsonObject> forEach(
      Exchange ex, String counted, Function<LiveConnection, PendingWrite> action) {
    List<LiveConnection> targets = connections.resolve(ex.pathParam(0));
    CompletableFuture<?>[] done =
        targets.stream()
            .map(connection -> withinWriteTimeout(connection, action.apply(connection)))
            .toArray(CompletableFuture[]::new);
    JsonObject result = new JsonObject();
    result.addProperty(counted, targets.size());
    return CompletableFuture.allOf(done).thenApply(ignored -> result);
  }

  /** A client that stops reading fails its own push, not everyone's: the frame stays queued. */
  private CompletableFuture<Void> withinWriteTimeout(
      LiveConnection connection, PendingWrite write) {
    return LongPoll.within(
        write.written(),
        writeTimeoutMs,
        scheduler,
        () -> {},
        () -> {
          String id = connection.id();
          return ApiException.writeTimeout(
              write.journaled().isDone()
                  ? "Connection "
                      + id
                      + " did not take the frame within "
                      + writeTimeoutMs
                      + " ms: the client is not reading (MOCK_WRITE_TIMEOUT_MS). The frame is in"
                      + " the journal and stays queued; it goes out if the client reads again."
                  : "Connection "
                      + id
                      + " is frozen, so the frame was not sent within "
                      + writeTimeoutMs
                      + " ms (MOCK_WRITE_TIMEOUT_MS). It stays queued, and goes out, into the"
                      + " journal too, when the connection is released.");
        });
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
