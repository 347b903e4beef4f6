package org.mockpayments.server.internal.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A value made from a schema alone, for a message with no example: {@code const}, the first of
 * {@code enum}, every property of an object, {@code minItems} items, a string in its {@code format}
 * (date-time, date, uuid, email, uri) or fitting a simple {@code pattern}, a number within {@code
 * minimum} and {@code maximum}; the first alternative of {@code oneOf} and {@code anyOf}, every
 * part of {@code allOf}. The caller checks the result against the schema: a schema this cannot
 * satisfy gives a value that breaks it.
 */
public final class SampleValue {
  private static final int MAX_DEPTH = 12;

  private SampleValue() {}

  /** A value for {@code schema}. */
  public static JsonElement of(JsonElement schema) {
    return of(schema, 0);
  }

  private static JsonElement of(JsonElement element, int depth) {
    if (element == null || !element.isJsonObject() || depth > MAX_DEPTH) {
      return JsonNull.INSTANCE;
    }
    JsonObject schema = element.getAsJsonObject();
    if (schema.has("const")) {
      return schema.get("const").deepCopy();
    }
    if (schema.has("enum")
        && schema.get("enum").isJsonArray()
        && !schema.getAsJsonArray("enum").isEmpty()) {
      return schema.getAsJsonArray("enum").get(0).deepCopy();
    }
    if (schema.has("examples")
        && schema.get("examples").isJsonArray()
        && !schema.getAsJsonArray("examples").isEmpty()) {
      return schema.getAsJsonArray("examples").get(0).deepCopy();
    }
    for (String alternatives : new String[] {"oneOf", "anyOf"}) {
      if (schema.has(alternatives)
          && schema.get(alternatives).isJsonArray()
          && !schema.getAsJsonArray(alternatives).isEmpty()) {
        return of(schema.getAsJsonArray(alternatives).get(0), depth + 1);
      }
    }
    if (schema.has("allOf") && schema.get("allOf").isJsonArray()) {
      JsonObject merged = new JsonObject();
      for (JsonElement part : schema.getAsJsonArray("allOf")) {
        JsonElement value = of(part, depth + 1);
        if (value.isJsonObject()) {
          value
              .getAsJsonObject()
              .entrySet()
              .forEach(field -> merged.add(field.getKey(), field.getValue()));
        }
      }
      JsonElement own = object(schema, depth);
      own.getAsJsonObject()
          .entrySet()
          .forEach(field -> merged.add(field.getKey(), field.getValue()));
      return merged;
    }
    return switch (type(schema)) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, depth);
      case "string" -> string(schema);
      case "integer" -> new JsonPrimitive(number(schema, true));
      case "number" -> new JsonPrimitive(number(schema, false));
      case "boolean" -> new JsonPrimitive(true);
      case "null" -> JsonNull.INSTANCE;
      default -> JsonNull.INSTANCE;
    };
  }

  private static String type(JsonObject schema) {
    JsonElement type = schema.get("type");
    if (type != null && type.isJsonPrimitive()) {
      return type.getAsString();
    }
    if (type != null && type.isJsonArray() && !type.getAsJsonArray().isEmpty()) {
      return type.getAsJsonArray().get(0).getAsString();
    }
    if (schema.has("properties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "";
  }

  private static JsonElement object(JsonObject schema, int depth) {
    JsonObject value = new JsonObject();
    if (schema.has("properties") && schema.get("properties").isJsonObject()) {
      for (Map.Entry<String, JsonElement> property :
          schema.getAsJsonObject("properties").entrySet()) {
        value.add(property.getKey(), of(property.getValue(), depth + 1));
      }
    }
    return value;
  }

  private static JsonElement array(JsonObject schema, int depth) {
    JsonArray value = new JsonArray();
    int count = schema.has("minItems") ? Math.max(1, schema.get("minItems").getAsInt()) : 1;
    JsonElement items = schema.get("items");
    for (int i = 0; i < count && items != null; i++) {
      value.add(
          of(
              items.isJsonArray()
                  ? items.getAsJsonArray().get(Math.min(i, items.getAsJsonArray().size() - 1))
                  : items,
              depth + 1));
    }
    return value;
  }

  private static JsonElement string(JsonObject schema) {
    String format = schema.has("format") ? schema.get("format").getAsString() : "";
    String value =
        switch (format) {
          case "date-time" -> "2025-01-01T12:00:00Z";
          case "date" -> "2025-01-01";
          case "time" -> "12:00:00Z";
          case "uuid" -> "3f1c2a6e-8b7d-4e0f-9a51-2c6d8e4b7a10";
          case "email", "idn-email" -> "someone@example.com";
          case "uri", "iri", "uri-reference", "iri-reference" -> "https://example.com/";
          case "hostname", "idn-hostname" -> "example.com";
          case "ipv4" -> "192.0.2.1";
          case "ipv6" -> "2001:db8::1";
          default -> null;
        };
    if (value == null && schema.has("pattern")) {
      value = SimplePattern.sample(schema.get("pattern").getAsString());
    }
    if (value == null) {
      value = "string";
    }
    int minLength = schema.has("minLength") ? schema.get("minLength").getAsInt() : 0;
    int maxLength =
        schema.has("maxLength") ? schema.get("maxLength").getAsInt() : Integer.MAX_VALUE;
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < minLength) {
      padded.append('x');
    }
    return new JsonPrimitive(
        padded.length() > maxLength ? padded.substring(0, maxLength) : padded.toString());
  }

  private static Number number(JsonObject schema, boolean integer) {
    BigDecimal low = bound(schema, "minimum", "exclusiveMinimum", integer, true);
    BigDecimal high = bound(schema, "maximum", "exclusiveMaximum", integer, false);
    BigDecimal value = BigDecimal.ONE;
    if (low != null && value.compareTo(low) < 0) {
      value = low;
    }
    if (high != null && value.compareTo(high) > 0) {
      value = high;
    }
    if (schema.has("multipleOf")) {
      BigDecimal step = schema.get("multipleOf").getAsBigDecimal();
      value = value.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
    }
    return integer ? value.toBigInteger() : value;
  }

  /** The lowest (or highest) value allowed, exclusive bounds stepped inside; null if unbounded. */
  private static BigDecimal bound(
      JsonObject schema, String inclusive, String exclusive, boolean integer, boolean low) {
    BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
    if (schema.has(exclusive)
        && schema.get(exclusive).isJsonPrimitive()
        && schema.get(exclusive).getAsJsonPrimitive().isNumber()) {
      BigDecimal edge = schema.get(exclusive).getAsBigDecimal();
      return low ? edge.add(step) : edge.subtract(step);
    }
    if (schema.has(inclusive)
        && schema.get(inclusive).isJsonPrimitive()
        && schema.get(inclusive).getAsJsonPrimitive().isNumber()) {
      return schema.get(inclusive).getAsBigDecimal();
    }
    return null;
  }
}
