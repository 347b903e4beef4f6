package org.mockpayments.server.internal.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.journal.ConnectionSnapshot;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.journal.RefusedUpgrade;
import org.mockpayments.server.internal.scripting.HandshakeRejections;
import org.mockpayments.server.internal.scripting.StubRule;
import org.mockpayments.server.internal.websocket.LiveConnection;

/** The control API's JSON for the server's records: made here, at the edge, and nowhere else. */
public final class JsonViews {
  private JsonViews() {}

  static JsonObject connection(ConnectionSnapshot connection) {
    Handshake handshake = connection.handshake();
    JsonObject json = new JsonObject();
    json.addProperty("id", connection.id());
    json.addProperty("seq", connection.seq());
    json.addProperty("path", handshake.path());
    json.addProperty("query", handshake.query());
    json.add("headers", headers(handshake.headers()));
    json.addProperty("subprotocol", handshake.subprotocol());
    json.addProperty("remoteAddress", handshake.remoteAddress());
    json.addProperty("proxiedTo", handshake.proxiedTo());
    json.addProperty("openedAt", connection.openedAt().toString());
    json.addProperty("state", connection.open() ? "OPEN" : "CLOSED");
    json.addProperty("closeCode", connection.closeCode());
    json.addProperty("closeReason", connection.closeReason());
    json.addProperty(
        "closedAt", connection.closedAt() == null ? null : connection.closedAt().toString());
    json.addProperty("scenarioState", connection.scenarioState());
    JsonObject variables = new JsonObject();
    connection.variables().forEach(variables::add);
    json.add("variables", variables);
    return json;
  }

  static JsonArray connections(List<LiveConnection> connections) {
    JsonArray array = new JsonArray();
    connections.forEach(connection -> array.add(connection(connection.snapshot())));
    return array;
  }

  /** A frame entry as {@code /frames} lists it. */
  static JsonObject frame(JournalEntry entry) {
    JournalEntry.Frame frame = entry.frame();
    Payload payload = frame.payload();
    JsonObject json = new JsonObject();
    json.addProperty("seq", entry.seq());
    json.addProperty("connection", frame.connection());
    json.addProperty("direction", frame.direction().wireName());
    json.addProperty("type", payload.type().wireName());
    addPayload(json, payload);
    if (payload instanceof Payload.Close close) {
      json.addProperty("code", close.code());
      json.addProperty("reason", close.reason());
    }
    if (payload instanceof Payload.Pong pong && pong.rttMs() != null) {
      json.addProperty("rttMs", Math.round(pong.rttMs() * 1000) / 1000.0);
    }
    if (frame.messages() != null) {
      JsonArray messages = new JsonArray();
      frame.messages().forEach(message -> messages.add(message(message)));
      json.add("messages", messages);
    }
    json.addProperty("at", entry.at().toString());
    addContract(json, entry);
    return json;
  }

  /** One message a frame completed: its type, and its text or bytes. */
  private static JsonObject message(Payload message) {
    JsonObject json = new JsonObject();
    json.addProperty("type", message.type().wireName());
    addPayload(json, message);
    return json;
  }

  /** A payload's text as {@code text}, its bytes as {@code base64}, when it has them. */
  private static void addPayload(JsonObject json, Payload payload) {
    if (payload.text() != null) {
      json.addProperty("text", payload.text());
    }
    if (payload.bytes() != null) {
      json.addProperty("base64", payload.bytes().base64());
    }
  }

  /** What the loaded contract found wrong with the entry, if anything. */
  private static void addContract(JsonObject json, JournalEntry entry) {
    if (entry.contract() != null) {
      json.add("contract", entry.contract().deepCopy());
    }
  }

  static JsonArray frames(List<JournalEntry> entries) {
    JsonArray array = new JsonArray();
    entries.forEach(entry -> array.add(frame(entry)));
    return array;
  }

  static JsonObject refused(RefusedUpgrade attempt) {
    JsonObject json = new JsonObject();
    json.addProperty("rule", attempt.rule());
    json.addProperty("path", attempt.path());
    json.addProperty("query", attempt.query());
    json.add("headers", headers(attempt.headers()));
    json.addProperty("status", attempt.status());
    json.addProperty("reason", attempt.reason());
    json.addProperty("at", attempt.at().toString());
    return json;
  }

  /** A Java handler's failure: where, which stub, what it answered, and the error. */
  static JsonObject handlerFailure(JournalEntry entry, JournalEntry.HandlerFailed failed) {
    JsonObject json = new JsonObject();
    json.addProperty("seq", entry.seq());
    json.addProperty("connection", failed.connection());
    json.addProperty("stub", failed.stub());
    json.addProperty("cause", failed.cause());
    json.addProperty("error", failed.error());
    json.addProperty("at", entry.at().toString());
    return json;
  }

  static JsonObject rule(HandshakeRejections.Rule rule) {
    JsonObject json = new JsonObject();
    json.addProperty("id", rule.id);
    json.addProperty("path", rule.path);
    json.addProperty("status", rule.refusal.status());
    JsonObject headers = new JsonObject();
    rule.refusal.headers().forEach(headers::addProperty);
    json.add("headers", headers);
    json.addProperty("body", rule.refusal.body());
    json.addProperty("times", rule.budget.times());
    json.addProperty("fired", rule.budget.fired());
    return json;
  }

  static JsonObject stub(StubRule stub) {
    return stub.toJson();
  }

  /** The name of the live event an entry is published as, and its data. */
  static String eventName(JournalEntry entry) {
    JournalEntry.Event event = entry.event();
    if (event instanceof JournalEntry.Frame) {
      return "frame";
    }
    if (event instanceof JournalEntry.HandlerFailed) {
      return "handler-error";
    }
    return event instanceof JournalEntry.Refused ? "rejection" : "connection";
  }

  /** An entry's own JSON: a frame, a connection, or a refused attempt. */
  static JsonObject data(JournalEntry entry) {
    JournalEntry.Event event = entry.event();
    if (event instanceof JournalEntry.Frame) {
      return frame(entry);
    }
    if (event instanceof JournalEntry.Opened opened) {
      JsonObject json = connection(opened.connection());
      addContract(json, entry);
      return json;
    }
    if (event instanceof JournalEntry.Closed closed) {
      return connection(closed.connection());
    }
    if (event instanceof JournalEntry.HandlerFailed failed) {
      return handlerFailure(entry, failed);
    }
    return refused(((JournalEntry.Refused) event).attempt());
  }

  /** One line of {@code /transcript}: {@code {"kind":..,"seq":..,"at":..,"data":{..}}}. */
  static JsonObject transcriptLine(JournalEntry entry) {
    JournalEntry.Event event = entry.event();
    String kind;
    if (event instanceof JournalEntry.Frame) {
      kind = "frame";
    } else if (event instanceof JournalEntry.Opened) {
      kind = "open";
    } else if (event instanceof JournalEntry.Closed) {
      kind = "closed";
    } else if (event instanceof JournalEntry.HandlerFailed) {
      kind = "handler-error";
    } else {
      kind = "rejected";
    }
    JsonObject line = new JsonObject();
    line.addProperty("kind", kind);
    line.addProperty("seq", entry.seq());
    line.addProperty("at", entry.at().toString());
    line.add("data", data(entry));
    return line;
  }

  private static JsonObject headers(Map<String, List<String>> headers) {
    JsonObject json = new JsonObject();
    headers.forEach(
        (name, values) -> {
          JsonArray array = new JsonArray();
          values.forEach(array::add);
          json.add(name, array);
        });
    return json;
  }
}
