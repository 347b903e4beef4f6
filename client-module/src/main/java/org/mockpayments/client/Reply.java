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
