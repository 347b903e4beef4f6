package org.mockpayments.server.internal.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A strict reader over one JSON object from a request: every key must be known, and every value of
 * the expected type, so a typo in a test fails loudly instead of being ignored.
 */
public final class JsonBody {
  private final JsonObject object;
  private final String where;

  private JsonBody(JsonObject object, String where) {
    this.object = object;
    this.where = where;
  }

  /** Reads {@code element} as an object described as {@code where} ("the body", "match", ...). */
  public static JsonBody of(JsonElement element, String where, String... allowedKeys) {
    if (element == null || element.isJsonNull()) {
      return new JsonBody(new JsonObject(), where);
    }
    if (!element.isJsonObject()) {
      throw ApiException.badRequest(
          ApiException.sentence(where) + " must be a JSON object, not " + describe(element) + ".");
    }
    JsonObject object = element.getAsJsonObject();
    List<String> allowed = Arrays.asList(allowedKeys);
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        throw ApiException.badRequest(
            "Unknown key '"
                + key
                + "' in "
                + where
                + "; allowed keys are: "
                + String.join(", ", allowed)
                + ".");
      }
    }
    return new JsonBody(object, where);
  }

  public boolean has(String key) {
    return object.has(key) && !object.get(key).isJsonNull();
  }

  public Set<String> keys() {
    return object.keySet();
  }

  public boolean isEmpty() {
    return object.size() == 0;
  }

  /** The raw value of {@code key}, or {@link JsonNull} when absent. */
  public JsonElement raw(String key) {
    return has(key) ? object.get(key) : JsonNull.INSTANCE;
  }

  public String string(String key) {
    JsonElement value = raw(key);
    if (value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw wrongType(key, "a string", value);
    }
    return value.getAsString();
  }

  public String requiredString(String key) {
    String value = string(key);
    if (value == null) {
      throw ApiException.badRequest("Missing key '" + key + "' in " + where + ".");
    }
    return value;
  }

  public Long integer(String key, long min, long max) {
    JsonElement value = raw(key);
    if (value.isJsonNull()) {
      return null;
    }
    if (!isWholeNumber(value)) {
      throw wrongType(key, "a whole number", value);
    }
    long number = value.getAsLong();
    if (number < min || number > max) {
      throw ApiException.badRequest(
          "'"
              + key
              + "' in "
              + where
              + " must be between "
              + min
              + " and "
              + max
              + ", not "
              + number
              + ".");
    }
    return number;
  }

  public long integer(String key, long min, long max, long defaultValue) {
    Long value = integer(key, min, max);
    return value == null ? defaultValue : value;
  }

  public boolean bool(String key, boolean defaultValue) {
    JsonElement value = raw(key);
    if (value.isJsonNull()) {
      return defaultValue;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw wrongType(key, "true or false", value);
    }
    return value.getAsBoolean();
  }

  public JsonObject object(String key) {
    JsonElement value = raw(key);
    if (value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonObject()) {
      throw wrongType(key, "a JSON object", value);
    }
    return value.getAsJsonObject();
  }

  private static boolean isWholeNumber(JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return false;
    }
    try {
      value.getAsBigDecimal().longValueExact();
      return true;
    } catch (ArithmeticException | NumberFormatException e) {
      return false;
    }
  }

  private ApiException wrongType(String key, String expected, JsonElement actual) {
    return ApiException.badRequest(
        "'" + key + "' in " + where + " must be " + expected + ", not " + describe(actual) + ".");
  }

  static String describe(JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return "null";
    }
    if (element.isJsonObject()) {
      return "an object";
    }
    if (element.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive primitive = element.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return "a boolean";
    }
    if (primitive.isNumber()) {
      return "the number " + primitive.getAsString();
    }
    return "a string";
  }
}
