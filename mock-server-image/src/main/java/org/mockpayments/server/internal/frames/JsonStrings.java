package org.mockpayments.server.internal.frames;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/**
 * The strings (object keys and string values) that every JSON document fitting a {@code json} or
 * {@code jsonSubset} pattern contains, used to pass over a frame without parsing it. A JSON text
 * with no backslash spells each of its strings literally, quoted or not, so a frame that lacks one
 * of them cannot fit; a frame with a backslash may spell one with an escape, and is always parsed.
 */
final class JsonStrings {
  private JsonStrings() {}

  /**
   * Adds the non-empty keys and string values of {@code pattern}, at any depth, to {@code into}.
   */
  static void collect(JsonElement pattern, List<String> into) {
    if (pattern.isJsonObject()) {
      for (Map.Entry<String, JsonElement> field : pattern.getAsJsonObject().entrySet()) {
        add(field.getKey(), into);
        collect(field.getValue(), into);
      }
    } else if (pattern.isJsonArray()) {
      pattern.getAsJsonArray().forEach(element -> collect(element, into));
    } else if (pattern.isJsonPrimitive()) {
      JsonPrimitive primitive = pattern.getAsJsonPrimitive();
      if (primitive.isString()) {
        add(primitive.getAsString(), into);
      }
    }
  }

  /** False only when {@code text} cannot be JSON that contains every one of {@code strings}. */
  static boolean mayAllAppearIn(String text, List<String> strings) {
    if (strings.isEmpty() || text.indexOf('\\') >= 0) {
      return true;
    }
    for (int i = 0; i < strings.size(); i++) {
      if (!text.contains(strings.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static void add(String string, List<String> into) {
    if (!string.isEmpty() && !into.contains(string)) {
      into.add(string);
    }
  }
}
