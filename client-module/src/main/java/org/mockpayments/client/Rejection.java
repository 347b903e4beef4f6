package org.mockpayments.client;

import com.google.gson.JsonObject;
import java.util.function.Consumer;

/**
 * A rule that refuses WebSocket upgrades with an HTTP status, to test how a client handles an
 * expired token, a rate limit or an outage:
 *
 * <pre>{@code
 * payments.rejectHandshakes(Rejection.status(503).withHeader("Retry-After", "1").times(2));
 * }</pre>
 *
 * <p>Immutable: every method returns a new rule. Without {@link #times} it refuses every upgrade
 * until removed or reset.
 */
public final class Rejection {
  private final JsonObject json;

  private Rejection(JsonObject json) {
    this.json = json;
  }

  /** Refuses upgrades with {@code status} (400-599). */
  public static Rejection status(int status) {
    JsonObject json = new JsonObject();
    json.addProperty("status", status);
    return new Rejection(json);
  }

  /** The same rule, only for upgrades on {@code path}. */
  public Rejection onPath(String path) {
    return with(copy -> copy.addProperty("path", path));
  }

  /** The same rule, answering with the header {@code name: value} too. */
  public Rejection withHeader(String name, String value) {
    return with(
        copy -> {
          JsonObject headers =
              copy.has("headers") ? copy.getAsJsonObject("headers") : new JsonObject();
          headers.addProperty(name, value);
          copy.add("headers", headers);
        });
  }

  /** The same rule, answering with {@code body}. */
  public Rejection withBody(String body) {
    return with(copy -> copy.addProperty("body", body));
  }

  /** The same rule, refusing only the next {@code times} upgrades. */
  public Rejection times(int times) {
    return with(copy -> copy.addProperty("times", times));
  }

  private Rejection with(Consumer<JsonObject> change) {
    JsonObject copy = json.deepCopy();
    change.accept(copy);
    return new Rejection(copy);
  }

  JsonObject toJsonObject() {
    return json.deepCopy();
  }

  /** The rule as the control API writes it. */
  @Override
  public String toString() {
    return Wire.print(json);
  }
}
