package org.mockpayments.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

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

  /**
   * A text frame that the Java regular expression {@code regex} matches in full. A stub's replies
   * read its groups as {@code {{regex.NAME}}} and {@code {{regex.1}}}.
   */
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
   * present. The pattern may also be an array, such as Socket.IO's {@code ["chat",{"room":"a"}]}.
   *
   * @throws IllegalArgumentException if {@code pattern} is not a JSON object or array
   */
  public static Match jsonSubset(String pattern) {
    JsonElement parsed = Wire.parse(pattern, "Match.jsonSubset");
    if (!parsed.isJsonObject() && !parsed.isJsonArray()) {
      throw new IllegalArgumentException(
          "Match.jsonSubset needs a JSON object or array, not: " + pattern);
    }
    return of("jsonSubset", parsed);
  }

  /**
   * A JSON text frame in which every dotted path is present, a null included: {@code jsonHas("id")}
   * tells a JSON-RPC request from a notification, {@code jsonHas("0")} a non-empty array from
   * anything else.
   */
  public static Match jsonHas(String... paths) {
    if (paths.length == 1) {
      return of("jsonHas", paths[0]);
    }
    JsonArray list = new JsonArray();
    Arrays.stream(paths).forEach(list::add);
    return of("jsonHas", list);
  }

  /**
   * A JSON text frame valid against the JSON Schema {@code schema} (draft-07 unless it names its
   * own {@code $schema}; formats such as {@code date-time} and {@code uuid} are checked); the
   * server refuses a schema that is not valid.
   *
   * @throws IllegalArgumentException if {@code schema} is not JSON
   */
  public static Match jsonSchema(String schema) {
    return of("jsonSchema", Wire.parse(schema, "Match.jsonSchema"));
  }

  /**
   * A binary frame read field by field into a JSON object, which the JSON conditions and replies'
   * {@code {{json.NAME}}} then read: {@code
   * Match.fields("[{\"hex\":\"82\"},{\"length\":\"varint\",\"fields\":[{\"uint16\":\"packetId\"},{\"bytes\":\"filters\"}]}]")}
   * fits MQTT's SUBSCRIBE and reads its packet id. The frame must be read to its last byte. See
   * "Binary fields" in {@code docs/control-api.md}.
   *
   * @throws IllegalArgumentException if {@code fields} is not JSON
   */
  public static Match fields(String fields) {
    return of("fields", Wire.parse(fields, "Match.fields"));
  }

  /** A binary frame with exactly these bytes. */
  public static Match binary(byte[] bytes) {
    return of("base64", Base64.getEncoder().encodeToString(bytes));
  }

  /** A binary frame whose bytes begin with {@code prefix}. */
  public static Match binaryStartingWith(byte[] prefix) {
    return of("hexPrefix", HexFormat.of().formatHex(prefix));
  }

  /**
   * The same match, and {@code other} too: every condition of both must hold, as in {@code
   * Match.jsonSubset("{\"method\":\"sum\"}").and(Match.jsonHas("id"))}.
   *
   * @throws IllegalArgumentException if both set the same condition
   */
  public Match and(Match other) {
    JsonObject combined = json.deepCopy();
    for (String key : other.json.keySet()) {
      if (combined.has(key)) {
        throw new IllegalArgumentException(
            "Both matches set '" + key + "': " + this + " and " + other);
      }
      combined.add(key, other.json.get(key).deepCopy());
    }
    return new Match(combined, Wire.print(combined));
  }

  /**
   * The same regex match, its JSON conditions and {@code {{json...}}} placeholders reading the
   * regex group {@code group} instead of the whole text: {@code
   * Match.regex("42(?<args>\\[.*])").jsonIn("args").and(Match.jsonSubset("[\"chat\",{}]"))} for a
   * Socket.IO event.
   */
  public Match jsonIn(String group) {
    return with("jsonGroup", group);
  }

  /** The same match, reading binary frames (as UTF-8 text) instead of text frames. */
  public Match inBinaryFrames() {
    return with("type", "binary");
  }

  /** The same match, reading text and binary frames alike. */
  public Match inAnyFrames() {
    return with("type", "any");
  }

  private Match with(String key, String value) {
    JsonObject copy = json.deepCopy();
    copy.addProperty(key, value);
    return new Match(copy, Wire.print(copy));
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
