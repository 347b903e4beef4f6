package org.mockpayments.server.internal.proxy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule that tells the fields of a client frame that change from run to run (ids, timestamps,
 * tokens) from those that say what the frame is: a field is volatile when the last word of its name
 * is one of {@link #WORDS} ({@code order_id}, {@code createdAt}, {@code requestToken}), or when its
 * value is a UUID, an ISO-8601 date or time, or a number of epoch milliseconds.
 */
final class VolatileFields {
  static final Set<String> WORDS =
      Set.of(
          "id",
          "ids",
          "uuid",
          "guid",
          "nonce",
          "token",
          "timestamp",
          "ts",
          "time",
          "date",
          "at",
          "created",
          "updated",
          "expires",
          "expiry",
          "signature",
          "sig",
          "seq",
          "sequence");

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
  private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-.\\s]+");

  private VolatileFields() {}

  static boolean isVolatile(String name, JsonElement value) {
    String[] words = WORD_BREAK.split(name);
    String last = words.length == 0 ? name : words[words.length - 1];
    if (WORDS.contains(last.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      String text = value.getAsString();
      return UUID.matcher(text).matches() || ISO_DATE.matcher(text).matches();
    }
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      double number = value.getAsDouble();
      return number >= 1e12 && number < 1e13;
    }
    return false;
  }

  /**
   * Splits {@code frame} into what a match keeps (returned) and the volatile values it leaves out
   * ({@code left}, by dotted path), recursively through nested objects.
   */
  static JsonObject stablePart(JsonObject frame, String prefix, Map<String, JsonElement> left) {
    JsonObject stable = new JsonObject();
    for (Map.Entry<String, JsonElement> field : frame.entrySet()) {
      String path = prefix + field.getKey();
      JsonElement value = field.getValue();
      if (isVolatile(field.getKey(), value)) {
        left.put(path, value);
      } else if (value.isJsonObject()) {
        stable.add(field.getKey(), stablePart(value.getAsJsonObject(), path + ".", left));
      } else {
        stable.add(field.getKey(), value.deepCopy());
      }
    }
    return stable;
  }

  /** The volatile values of {@code frame}, by dotted path. */
  static Map<String, JsonElement> of(JsonObject frame) {
    Map<String, JsonElement> left = new LinkedHashMap<>();
    stablePart(frame, "", left);
    return left;
  }
}
