package org.mockpayments.client;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Base64;

/**
 * One canned action of a {@link Stub}: a frame to send, a close or a drop, optionally after a
 * delay. Immutable; {@link #after} returns a copy.
 *
 * <pre>{@code
 * Reply.json("{\"payment_methods\":[\"credit_card\"]}").after(Duration.ofMillis(50))
 * }</pre>
 *
 * <p>Text, JSON, prefixes and binary text are templates: {@code {{json.PATH}}} (the frame's JSON
 * part), {@code {{text}}}, {@code {{regex.NAME}}}, {@code {{var.NAME}}} (what {@link Stub#remember}
 * kept), {@code {{connection.id}}}, {@code {{connection.path}}}, {@code
 * {{connection.subprotocol}}}, {@code {{query.NAME}}}, {@code {{header.NAME}}}, {@code {{now}}},
 * {@code {{seq}}}, {@code {{uuid}}}, {@code {{random.N}}}, {@code {{round}}} (in a {@link Repeat})
 * and {@code {{item.PATH}}} (in a {@code $each}). In text, a value inside a double-quoted JSON
 * string is escaped for it. In JSON, a string that is only a placeholder keeps the value's type,
 * keys are rendered, and {@code {"$each":"{{json}}","$where":{...},"$emit":{...}}} becomes an array
 * with one element per fitting item. A placeholder the server does not know is refused when the
 * stub is added.
 */
public final class Reply {
  private final JsonObject json;

  private Reply(JsonObject json) {
    this.json = json;
  }

  /** Sends a text frame. */
  public static Reply text(String text) {
    JsonObject json = new JsonObject();
    json.addProperty("text", text);
    return new Reply(json);
  }

  /**
   * Sends {@code json} compactly as a text frame.
   *
   * @throws IllegalArgumentException if {@code json} is not valid JSON
   */
  public static Reply json(String json) {
    JsonObject reply = new JsonObject();
    reply.add("json", Wire.parse(json, "Reply.json"));
    return new Reply(reply);
  }

  /**
   * Sends a binary frame written field by field, as binary protocols lay out their packets: {@code
   * Reply.fields("[{\"hex\":\"90\"},{\"length\":\"varint\",\"fields\":[{\"uint16\":\"{{json.packetId}}\"},{\"hex\":\"01\"}]}]")}
   * is MQTT's SUBACK with the packet id of the SUBSCRIBE it answers. See "Binary fields" in {@code
   * docs/control-api.md}.
   *
   * @throws IllegalArgumentException if {@code fields} is not JSON
   */
  public static Reply fields(String fields) {
    JsonObject reply = new JsonObject();
    reply.add("fields", Wire.parse(fields, "Reply.fields"));
    return new Reply(reply);
  }

  /** Sends a binary frame. */
  public static Reply binary(byte[] bytes) {
    JsonObject json = new JsonObject();
    json.addProperty("binary", Base64.getEncoder().encodeToString(bytes));
    return new Reply(json);
  }

  /**
   * Closes the connection with {@code code} (1000-1003, 1007-1014 or 3000-4999) and {@code reason}.
   */
  public static Reply close(int code, String reason) {
    JsonObject close = new JsonObject();
    close.addProperty("code", code);
    close.addProperty("reason", reason);
    JsonObject json = new JsonObject();
    json.add("close", close);
    return new Reply(json);
  }

  /**
   * Sends the UTF-8 bytes of the template {@code text} as a binary frame, for protocols that frame
   * text in binary messages (STOMP clients may).
   */
  public static Reply binaryText(String text) {
    JsonObject json = new JsonObject();
    json.addProperty("binaryText", text);
    return new Reply(json);
  }

  /**
   * The same JSON reply with {@code prefix} (a template) sent before the JSON, as Socket.IO frames
   * do: {@code Reply.json("[\"ok\"]").withPrefix("43{{regex.ack}}")}.
   *
   * @throws IllegalStateException if this is not a {@link #json} reply
   */
  public Reply withPrefix(String prefix) {
    if (!json.has("json")) {
      throw new IllegalStateException("Only a Reply.json takes a prefix, not " + this);
    }
    JsonObject copy = json.deepCopy();
    copy.addProperty("prefix", prefix);
    return new Reply(copy);
  }

  /**
   * The same JSON reply with {@code suffix} (a template) sent after the JSON, as SignalR ends each
   * record with {@code \u001e}: {@code Reply.json("{\"type\":3,...}").withSuffix("\u001e")}.
   *
   * @throws IllegalStateException if this is not a {@link #json} reply
   */
  public Reply withSuffix(String suffix) {
    if (!json.has("json")) {
      throw new IllegalStateException("Only a Reply.json takes a suffix, not " + this);
    }
    JsonObject copy = json.deepCopy();
    copy.addProperty("suffix", suffix);
    return new Reply(copy);
  }

  /**
   * The same JSON reply, not sent at all when it renders to an empty array or object, as a JSON-RPC
   * batch of notifications must get no answer.
   *
   * @throws IllegalStateException if this is not a {@link #json} reply
   */
  public Reply unlessEmpty() {
    if (!json.has("json")) {
      throw new IllegalStateException("Only a Reply.json can be skipped when empty, not " + this);
    }
    JsonObject copy = json.deepCopy();
    copy.addProperty("skipEmpty", true);
    return new Reply(copy);
  }

  /**
   * Ends the TCP connection with no close handshake; the client sees an abnormal closure (1006).
   */
  public static Reply drop() {
    JsonObject json = new JsonObject();
    json.addProperty("drop", true);
    return new Reply(json);
  }

  /** The same reply, played {@code delay} after the previous one of its stub (or the trigger). */
  public Reply after(Duration delay) {
    JsonObject copy = json.deepCopy();
    copy.addProperty("delayMs", delay.toMillis());
    return new Reply(copy);
  }

  JsonObject toJsonObject() {
    return json.deepCopy();
  }

  /** The reply as the control API writes it. */
  @Override
  public String toString() {
    return Wire.print(json);
  }
}
