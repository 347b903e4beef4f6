package org.mockpayments.server.internal.frames;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/** The {@code jsonSubset} rule: the pattern's keys must be present with fitting values. */
final class JsonSubset {
  private JsonSubset() {}

  /**
   * Whether {@code actual} fits {@code pattern}: objects need every pattern key with a fitting
   * value, arrays the same length with fitting elements, anything else equality.
   */
  static boolean fits(JsonElement pattern, JsonElement actual) {
    if (pattern.isJsonObject()) {
      if (!actual.isJsonObject()) {
        return false;
      }
      JsonObject actualObject = actual.getAsJsonObject();
      for (Map.Entry<String, JsonElement> field : pattern.getAsJsonObject().entrySet()) {
        JsonElement value = actualObject.get(field.getKey());
        if (value == null || !fits(field.getValue(), value)) {
          return false;
        }
      }
      return true;
    }
    if (pattern.isJsonArray()) {
      if (!actual.isJsonArray()) {
        return false;
      }
      JsonArray patternArray = pattern.getAsJsonArray();
      JsonArray actualArray = actual.getAsJsonArray();
      if (patternArray.size() != actualArray.size()) {
        return false;
      }
      for (int i = 0; i < patternArray.size(); i++) {
        if (!fits(patternArray.get(i), actualArray.get(i))) {
          return false;
        }
      }
      return true;
    }
    return pattern.equals(actual);
  }
}
