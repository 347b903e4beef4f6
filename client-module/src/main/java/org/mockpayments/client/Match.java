package org.mockpayments.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Base64;

/**
 * Which frames an await, a refute or a stub is after, mirroring the server's {@code Match} shapes.
 *
 * <pre>{@code
 * payments.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true}"), Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Text matchers never fit binary frames, and {@link #binary} never fits text frames. Instances
 * are immutable.
 */
public final class Match {
  private final JsonObject json;
  private final String description;

  private Match(JsonObject json, String description) {
    this.json = json;
    this.description = description;
  }

  /** Any frame. */
  public static Match any() {
    return new Match(new JsonObject(), "any frame");
  }

  /** A text frame equal to {@code text}. */
  public static Match equalTo(String text) {
    return of("equals", text);
  }

  /** A text frame containing {@code text}. */
  public static Match contains(String text) {
    return of("contains", text);
  }

  /** A text frame that the Java regular expression {@code regex} matches in full. */
  public static Match regex(String regex) {
    return of("regex", regex);
  }

  /**
   * A JSON text frame equal to {@code json}, ignoring key order.
   *
   * @throws IllegalArgumentException if {@code json} is not valid JSON
   */
  public static Match json(String json) {
    return of("json", Wire.parse(json, "Match.json"));
  }

  /**
   * A JSON text frame that holds every key of the {@code pattern} object with a fitting value,
   * recursively; arrays must have the same length and fit element by element. Other keys may be
   * present.
   *
   * @throws IllegalArgumentException if {@code pattern} is not a JSON object
   */
  public static Match jsonSubset(String pattern) {
    JsonElement parsed = Wire.parse(pattern, "Match.jsonSubset");
    if (!parsed.isJsonObject()) {
      throw new IllegalArgumentException("Match.jsonSubset needs a JSON object, not: " + pattern);
    }
    return of("jsonSubset", parsed);
  }

  /** A binary frame with exactly these bytes. */
  public static Match binary(byte[] bytes) {
    return of("base64", Base64.getEncoder().encodeToString(bytes));
  }

  private static Match of(String kind, String value) {
    JsonObject json = new JsonObject();
    json.addProperty(kind, value);
    return new Match(json, Wire.print(json));
  }

  private static Match of(String kind, JsonElement value) {
    JsonObject json = new JsonObject();
    json.add(kind, value);
    return new Match(json, Wire.print(json));
  }

  JsonObject toJsonObject() {
    return json.deepCopy();
  }

  /** The match as the control API writes it, such as {@code {"contains":"FULFILL"}}. */
  @Override
  public String toString() {
    return description;
  }
}
