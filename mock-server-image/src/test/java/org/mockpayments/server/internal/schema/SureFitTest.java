package org.mockpayments.server.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The quick yes never says yes where the library says no: random schemas of the subset (and some
 * keywords outside it) against values made to fit them, then bent.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SureFitTest {
  private static final String[] PATTERNS = {"^o-[0-9]+$", "[A-Z]{3}", "a", "^$", "b+c?$"};
  private static final String[] NUMBERS = {
    "0",
    "-0",
    "1",
    "2",
    "-3",
    "1.0",
    "1.5",
    "1.50",
    "2.25",
    "-1.5",
    "1e2",
    "1E-1",
    "100",
    "12345678901234567890"
  };
  private static final String[] STRINGS = {
    "",
    "a",
    "abc",
    "o-12",
    "o-x",
    "EUR",
    "eur",
    "bc",
    "aa\\u00e9",
    "\\ud83d\\ude00",
    "\\ud83d\\ude00a",
    "2026-12-05T18:27:50Z",
    "2026-02-30T10:00:00Z",
    "2026-12-05T18:27:50.5+18:00",
    "2026-12-05t18:27:50z",
    "2026-12-05T18:27Z"
  };
  private static final String[] PROPERTY_NAMES = {"a", "b", "type", "order_id", "items"};

  private final SplittableRandom random = new SplittableRandom(2612);

  @Test
  void neverSaysYesWhereTheLibrarySaysNo() {
    int libraryYes = 0;
    int quickYes = 0;
    for (int s = 0; s < 400; s++) {
      String schemaText = schema(3);
      JsonElement schema = JsonParser.parseString(schemaText);
      SchemaCheck check = SchemaCheck.compile(schema, "schema " + schemaText);
      SureFit quick = SureFit.of(schema);
      for (int v = 0; v < 60; v++) {
        String valueText = random.nextInt(5) == 0 ? anyValue(2) : valueFor(schema, 3);
        JsonElement value = JsonParser.parseString(valueText);
        boolean library = check.libraryAccepts(value);
        boolean sure = quick.fits(value);
        if (sure) {
          assertThat(library)
              .as(
                  "the quick yes for %s against %s, which the library refuses",
                  valueText, schemaText)
              .isTrue();
          quickYes++;
        }
        if (library) {
          libraryYes++;
        }
      }
    }
    // Not a yes-never: most values the library accepts get the quick yes.
    assertThat(libraryYes).isGreaterThan(5_000);
    assertThat(quickYes).isGreaterThan(libraryYes / 2);
  }

  @Test
  void saysYesToAnOrderFrameOfACommonPayloadSchema() {
    JsonElement schema =
        JsonParser.parseString(
            """
            {"type": "object", "required": ["type", "order_id", "amount", "items"],
             "additionalProperties": false, "title": "Order", "x-kind": "event",
             "properties": {
               "type": {"const": "order"},
               "order_id": {"type": "string", "pattern": "^o-[0-9]+$"},
               "amount": {"type": "number", "exclusiveMinimum": 0},
               "currency": {"type": "string", "enum": ["EUR", "USD"]},
               "placed_at": {"type": "string", "format": "date-time"},
               "note": {"type": ["string", "null"], "maxLength": 5},
               "items": {"type": "array", "minItems": 1, "uniqueItems": false,
                 "items": {"type": "object", "required": ["sku"],
                   "properties": {"sku": {"type": "string"}, "qty": {"type": "integer", "minimum": 1}}}}}}
            """);
    SureFit quick = SureFit.of(schema);
    assertThat(
            quick.fits(
                JsonParser.parseString(
                    "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":42.5,\"currency\":\"EUR\","
                        + "\"placed_at\":\"2025-01-01T12:00:00Z\",\"note\":null,"
                        + "\"items\":[{\"sku\":\"a-1\",\"qty\":2}]}")))
        .isTrue();
    for (String bent :
        List.of(
            "{\"type\":\"refund\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"sku\":\"a\"}]}",
            "{\"type\":\"order\",\"order_id\":\"x-7\",\"amount\":1,\"items\":[{\"sku\":\"a\"}]}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":0,\"items\":[{\"sku\":\"a\"}]}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[]}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"qty\":1}]}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"sku\":\"a\",\"qty\":0}]}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"sku\":\"a\",\"qty\":1.0}]}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"sku\":\"a\"}],\"extra\":1}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"sku\":\"a\"}],\"note\":\"toolong\"}",
            "{\"type\":\"order\",\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"sku\":\"a\"}],"
                + "\"placed_at\":\"2025-02-30T12:00:00Z\"}",
            "{\"order_id\":\"o-7\",\"amount\":1,\"items\":[{\"sku\":\"a\"}]}")) {
      assertThat(quick.fits(JsonParser.parseString(bent))).as(bent).isFalse();
    }
  }

  @Test
  void countsLengthsInCodePointsAsTheLibraryDoes() {
    SureFit atLeastTwo = SureFit.of(JsonParser.parseString("{\"minLength\": 2}"));
    SureFit atMostTwo = SureFit.of(JsonParser.parseString("{\"maxLength\": 2}"));
    JsonElement oneEmoji = JsonParser.parseString("\"\\ud83d\\ude00\"");
    JsonElement emojiAndLetter = JsonParser.parseString("\"\\ud83d\\ude00a\"");
    assertThat(atLeastTwo.fits(oneEmoji)).isFalse();
    assertThat(atLeastTwo.fits(emojiAndLetter)).isTrue();
    assertThat(atMostTwo.fits(emojiAndLetter)).isTrue();
  }

  @Test
  void leavesWhatItDoesNotReadToTheLibrary() {
    for (String schema :
        List.of(
            "{\"multipleOf\": 2}",
            "{\"oneOf\": [{\"type\": \"string\"}]}",
            "{\"not\": {\"type\": \"number\"}}",
            "{\"patternProperties\": {\"^a\": {}}}",
            "{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}",
            "{\"format\": \"uuid\", \"type\": \"string\"}",
            "{\"const\": {\"a\": 1}}",
            "{\"nullable\": true}")) {
      SureFit quick = SureFit.of(JsonParser.parseString(schema));
      assertThat(quick.fits(JsonParser.parseString("\"a\""))).as(schema).isFalse();
    }
  }

  /** A random schema of the subset, now and then with a keyword outside it. */
  private String schema(int depth) {
    int pick = random.nextInt(depth <= 0 ? 4 : 12);
    return switch (pick) {
      case 0 -> stringSchema();
      case 1 -> numberSchema();
      case 2 -> "{\"enum\":[" + String.join(",", new LinkedHashSet<>(some(3, this::scalar))) + "]}";
      case 3 ->
          random.nextBoolean()
              ? "{\"const\":" + scalar() + "}"
              : (random.nextBoolean() ? "true" : "false");
      case 4, 5, 6 -> objectSchema(depth);
      case 7, 8 -> arraySchema(depth);
      case 9 -> "{\"allOf\":[" + schema(depth - 1) + "," + schema(depth - 1) + "]}";
      case 10 -> "{\"anyOf\":[" + schema(depth - 1) + "," + schema(depth - 1) + "]}";
      default ->
          switch (random.nextInt(4)) {
            case 0 -> "{\"multipleOf\":0.5}";
            case 1 -> "{\"type\":[\"string\",\"null\",\"boolean\"],\"title\":\"t\",\"x-a\":1}";
            case 2 -> "{\"oneOf\":[" + schema(depth - 1) + "," + schema(depth - 1) + "]}";
            default -> "{\"not\":" + schema(depth - 1) + "}";
          };
    };
  }

  private String stringSchema() {
    List<String> keywords = new ArrayList<>(List.of("\"type\":\"string\""));
    if (random.nextBoolean()) {
      keywords.add(
          "\"pattern\":\""
              + PATTERNS[random.nextInt(PATTERNS.length)].replace("\\", "\\\\")
              + "\"");
    }
    if (random.nextInt(3) == 0) {
      keywords.add("\"minLength\":" + random.nextInt(3));
    }
    if (random.nextInt(3) == 0) {
      keywords.add("\"maxLength\":" + random.nextInt(1, 4));
    }
    if (random.nextInt(4) == 0) {
      keywords.add("\"format\":\"date-time\"");
    }
    return "{" + String.join(",", keywords) + "}";
  }

  private String numberSchema() {
    List<String> keywords =
        new ArrayList<>(
            List.of("\"type\":\"" + (random.nextBoolean() ? "integer" : "number") + "\""));
    String[] bounds = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"};
    for (String bound : bounds) {
      if (random.nextInt(3) == 0) {
        keywords.add("\"" + bound + "\":" + NUMBERS[random.nextInt(NUMBERS.length)]);
      }
    }
    return "{" + String.join(",", keywords) + "}";
  }

  private String objectSchema(int depth) {
    List<String> keywords = new ArrayList<>();
    if (random.nextInt(4) != 0) {
      keywords.add("\"type\":\"object\"");
    }
    List<String> properties = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (String name : PROPERTY_NAMES) {
      if (random.nextInt(3) == 0) {
        properties.add("\"" + name + "\":" + schema(depth - 1));
        if (random.nextBoolean()) {
          required.add("\"" + name + "\"");
        }
      }
    }
    if (!properties.isEmpty() || random.nextBoolean()) {
      keywords.add("\"properties\":{" + String.join(",", properties) + "}");
    }
    if (!required.isEmpty()) {
      keywords.add("\"required\":[" + String.join(",", required) + "]");
    }
    switch (random.nextInt(4)) {
      case 0 -> keywords.add("\"additionalProperties\":false");
      case 1 -> keywords.add("\"additionalProperties\":" + schema(depth - 1));
      default -> {}
    }
    if (random.nextInt(5) == 0) {
      keywords.add("\"minProperties\":" + random.nextInt(3));
    }
    if (random.nextInt(5) == 0) {
      keywords.add("\"maxProperties\":" + random.nextInt(1, 4));
    }
    if (random.nextInt(6) == 0) {
      keywords.add("\"description\":\"d\",\"x-owner\":\"payments\"");
    }
    return "{" + String.join(",", keywords) + "}";
  }

  private String arraySchema(int depth) {
    List<String> keywords = new ArrayList<>(List.of("\"type\":\"array\""));
    if (random.nextInt(4) != 0) {
      keywords.add("\"items\":" + schema(depth - 1));
    }
    if (random.nextInt(3) == 0) {
      keywords.add("\"minItems\":" + random.nextInt(3));
    }
    if (random.nextInt(3) == 0) {
      keywords.add("\"maxItems\":" + random.nextInt(1, 4));
    }
    if (random.nextInt(5) == 0) {
      keywords.add("\"uniqueItems\":" + random.nextBoolean());
    }
    return "{" + String.join(",", keywords) + "}";
  }

  /** A value shaped after {@code schema}, so that many fit, with random choices left in. */
  private String valueFor(JsonElement schema, int depth) {
    if (depth <= 0 || !schema.isJsonObject()) {
      return anyValue(1);
    }
    var object = schema.getAsJsonObject();
    if (object.has("const") && random.nextInt(4) != 0) {
      return object.get("const").toString();
    }
    if (object.has("enum") && random.nextInt(4) != 0) {
      var values = object.getAsJsonArray("enum");
      return values.get(random.nextInt(values.size())).toString();
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      if (object.has(combinator)) {
        var branches = object.getAsJsonArray(combinator);
        return valueFor(branches.get(random.nextInt(branches.size())), depth - 1);
      }
    }
    String type =
        object.has("type") && object.get("type").isJsonPrimitive()
            ? object.get("type").getAsString()
            : "";
    if (type.equals("object") || object.has("properties")) {
      List<String> members = new ArrayList<>();
      var properties =
          object.has("properties")
              ? object.getAsJsonObject("properties")
              : new com.google.gson.JsonObject();
      for (var property : properties.entrySet()) {
        if (random.nextInt(5) != 0) {
          members.add("\"" + property.getKey() + "\":" + valueFor(property.getValue(), depth - 1));
        }
      }
      if (random.nextInt(4) == 0) {
        members.add("\"extra\":" + anyValue(1));
      }
      return "{" + String.join(",", members) + "}";
    }
    if (type.equals("array")) {
      JsonElement items = object.has("items") ? object.get("items") : JsonParser.parseString("{}");
      return "["
          + String.join(",", some(random.nextInt(4), () -> valueFor(items, depth - 1)))
          + "]";
    }
    if (type.equals("string")) {
      return "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\"";
    }
    if (type.equals("integer") || type.equals("number")) {
      return NUMBERS[random.nextInt(NUMBERS.length)];
    }
    return anyValue(1);
  }

  private String anyValue(int depth) {
    int pick = random.nextInt(depth <= 0 ? 3 : 5);
    return switch (pick) {
      case 0, 1, 2 -> scalar();
      case 3 -> "[" + String.join(",", some(random.nextInt(3), () -> anyValue(depth - 1))) + "]";
      default -> {
        List<String> members = new ArrayList<>();
        for (String name : PROPERTY_NAMES) {
          if (random.nextInt(3) == 0) {
            members.add("\"" + name + "\":" + anyValue(depth - 1));
          }
        }
        yield "{" + String.join(",", members) + "}";
      }
    };
  }

  private String scalar() {
    return switch (random.nextInt(5)) {
      case 0 -> "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\"";
      case 1, 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
      case 3 -> random.nextBoolean() ? "true" : "false";
      default -> "null";
    };
  }

  private List<String> some(int count, java.util.function.Supplier<String> each) {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      made.add(each.get());
    }
    return made;
  }
}
