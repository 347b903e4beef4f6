package org.mockpayments.server.internal.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quick "yes" for the keywords most payload schemas use, ahead of the schema library. The
 * library's walk was two thirds of the AsyncAPI check's cost per frame; most frames fit, and a
 * frame that fits needs no walk that records where it went. {@link #fits} answers true only where
 * the library, draft-07 as {@link SchemaCheck} sets it up, accepts the value as well; false means
 * only that the library decides. Every keyword outside the subset below, and every case it leaves
 * open (an {@code integer} written {@code 1.0}, a number {@code const}, a format other than {@code
 * date-time}), answers false.
 *
 * <p>The subset: {@code type}, {@code enum} and {@code const} of strings, booleans, null and
 * numbers written alike, {@code properties}, {@code required}, {@code additionalProperties}, {@code
 * minProperties}, {@code maxProperties}, {@code items} as one schema, {@code minItems}, {@code
 * maxItems}, {@code uniqueItems: false}, {@code pattern}, {@code minLength}, {@code maxLength},
 * {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code
 * format: date-time}, {@code allOf}, {@code anyOf}, and the annotations, which no value breaks.
 */
final class SureFit {
  /** Keywords that never make a value fail, in draft-07 or as AsyncAPI annotations. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          "title",
          "description",
          "default",
          "examples",
          "readOnly",
          "writeOnly",
          "deprecated",
          "$comment",
          "$id",
          "definitions",
          "discriminator",
          "externalDocs");

  private static final Rule NEVER_SURE = value -> false;

  private final Rule rule;

  private SureFit(Rule rule) {
    this.rule = rule;
  }

  /** {@code schema}, a valid JSON Schema with its references resolved, compiled. */
  static SureFit of(JsonElement schema) {
    try {
      return new SureFit(compile(schema));
    } catch (RuntimeException unexpectedShape) {
      // The library accepted the schema; whatever shape this reading did not expect is its to
      // judge, value by value.
      return new SureFit(NEVER_SURE);
    }
  }

  /** True only if the library accepts {@code value} too; false when the library must decide. */
  boolean fits(JsonElement value) {
    return rule.fits(value);
  }

  /** One compiled keyword: whether a value surely passes it. */
  @FunctionalInterface
  private interface Rule {
    boolean fits(JsonElement value);
  }

  private static Rule compile(JsonElement schema) {
    if (schema.isJsonPrimitive() && schema.getAsJsonPrimitive().isBoolean()) {
      return schema.getAsBoolean() ? value -> true : NEVER_SURE;
    }
    if (!schema.isJsonObject()) {
      return NEVER_SURE;
    }
    JsonObject object = schema.getAsJsonObject();
    List<Rule> rules = new ArrayList<>();
    for (Map.Entry<String, JsonElement> keyword : object.entrySet()) {
      String name = keyword.getKey();
      if (ANNOTATIONS.contains(name) || name.startsWith("x-")) {
        continue;
      }
      Rule rule = keyword(name, keyword.getValue(), object);
      if (rule == NEVER_SURE) {
        return NEVER_SURE;
      }
      if (rule != null) {
        rules.add(rule);
      }
    }
    Rule[] all = rules.toArray(Rule[]::new);
    return switch (all.length) {
      case 0 -> value -> true;
      case 1 -> all[0];
      default ->
          value -> {
            for (Rule rule : all) {
              if (!rule.fits(value)) {
                return false;
              }
            }
            return true;
          };
    };
  }

  /**
   * The rule of one keyword; null for one that another keyword's rule covers ({@code
   * additionalProperties} is read with {@code properties}); {@link #NEVER_SURE} for one outside the
   * subset.
   */
  private static Rule keyword(String name, JsonElement argument, JsonObject schema) {
    return switch (name) {
      case "type" -> typeRule(argument);
      case "enum" -> argument.isJsonArray() ? oneOfValues(argument.getAsJsonArray()) : NEVER_SURE;
      case "const" -> oneOfValues(single(argument));
      case "properties" -> propertiesRule(schema);
      case "additionalProperties" -> schema.has("properties") ? null : propertiesRule(schema);
      case "required" -> requiredRule(argument);
      case "minProperties" -> count(argument, Shape.OBJECT, true);
      case "maxProperties" -> count(argument, Shape.OBJECT, false);
      case "minItems" -> count(argument, Shape.ARRAY, true);
      case "maxItems" -> count(argument, Shape.ARRAY, false);
      case "minLength" -> count(argument, Shape.STRING, true);
      case "maxLength" -> count(argument, Shape.STRING, false);
      case "uniqueItems" -> isFalse(argument) ? null : NEVER_SURE;
      case "items" -> argument.isJsonArray() ? NEVER_SURE : itemsRule(compile(argument));
      case "pattern" -> patternRule(argument);
      case "minimum" -> bound(argument, sign -> sign >= 0);
      case "maximum" -> bound(argument, sign -> sign <= 0);
      case "exclusiveMinimum" -> bound(argument, sign -> sign > 0);
      case "exclusiveMaximum" -> bound(argument, sign -> sign < 0);
      case "format" ->
          !isString(argument)
              ? NEVER_SURE
              : "date-time".equals(argument.getAsString())
                  ? value -> !isString(value) || DateTimeFormat.isPlainAndValid(value.getAsString())
                  : value -> !isString(value);
      case "allOf" -> allOfRule(argument);
      case "anyOf" -> anyOfRule(argument);
      default -> NEVER_SURE;
    };
  }

  private static Rule typeRule(JsonElement argument) {
    Set<String> types = new HashSet<>();
    for (JsonElement type : argument.isJsonArray() ? argument.getAsJsonArray() : single(argument)) {
      types.add(type.getAsString());
    }
    boolean anyNumber = types.contains("number");
    boolean integer = types.contains("integer");
    return value -> {
      Shape shape = Shape.of(value);
      if (shape == Shape.NUMBER) {
        String text = value.getAsString();
        return anyNumber ? isNumberLiteral(text) : integer && isIntegerLiteral(text);
      }
      return types.contains(shape.typeName);
    };
  }

  /**
   * Values equal to one of {@code allowed}. The library compares numbers by their decimal value and
   * scale, so only a number written as one listed is sure; objects and arrays are left to it.
   */
  private static Rule oneOfValues(JsonArray allowed) {
    Set<String> strings = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    Set<Boolean> booleans = new HashSet<>();
    boolean nullAllowed = false;
    for (JsonElement element : allowed) {
      if (element.isJsonNull()) {
        nullAllowed = true;
      } else if (element.isJsonPrimitive()) {
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isString()) {
          strings.add(primitive.getAsString());
        } else if (primitive.isBoolean()) {
          booleans.add(primitive.getAsBoolean());
        } else {
          numbers.add(primitive.getAsString());
        }
      }
    }
    boolean orNull = nullAllowed;
    return value -> {
      if (value.isJsonNull()) {
        return orNull;
      }
      if (!value.isJsonPrimitive()) {
        return false;
      }
      JsonPrimitive primitive = value.getAsJsonPrimitive();
      if (primitive.isString()) {
        return strings.contains(primitive.getAsString());
      }
      if (primitive.isBoolean()) {
        return booleans.contains(primitive.getAsBoolean());
      }
      return numbers.contains(primitive.getAsString());
    };
  }

  private static Rule propertiesRule(JsonObject schema) {
    Map<String, Rule> properties = new HashMap<>();
    JsonElement declared = schema.get("properties");
    if (declared != null) {
      if (!declared.isJsonObject()) {
        return NEVER_SURE;
      }
      for (Map.Entry<String, JsonElement> property : declared.getAsJsonObject().entrySet()) {
        properties.put(property.getKey(), compile(property.getValue()));
      }
    }
    JsonElement additional = schema.get("additionalProperties");
    Rule others = additional == null ? value -> true : compile(additional);
    return value -> {
      if (!value.isJsonObject()) {
        return true;
      }
      for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
        Rule rule = properties.get(member.getKey());
        if (!(rule == null ? others : rule).fits(member.getValue())) {
          return false;
        }
      }
      return true;
    };
  }

  private static Rule requiredRule(JsonElement argument) {
    if (!argument.isJsonArray()) {
      return NEVER_SURE;
    }
    String[] names = new String[argument.getAsJsonArray().size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = argument.getAsJsonArray().get(i).getAsString();
    }
    return value -> {
      if (!value.isJsonObject()) {
        return true;
      }
      JsonObject object = value.getAsJsonObject();
      for (String name : names) {
        if (!object.has(name)) {
          return false;
        }
      }
      return true;
    };
  }

  /** A lower ({@code atLeast}) or upper bound on a size: members, items or code points. */
  private static Rule count(JsonElement argument, Shape shape, boolean atLeast) {
    if (!argument.isJsonPrimitive() || !isIntegerLiteral(argument.getAsString())) {
      return NEVER_SURE;
    }
    BigDecimal written = argument.getAsBigDecimal();
    if (written.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return NEVER_SURE;
    }
    int limit = written.intValueExact();
    return value -> {
      if (Shape.of(value) != shape) {
        return true;
      }
      long size =
          switch (shape) {
            case OBJECT -> value.getAsJsonObject().size();
            case ARRAY -> value.getAsJsonArray().size();
            default -> {
              String text = value.getAsString();
              yield text.codePointCount(0, text.length());
            }
          };
      return atLeast ? size >= limit : size <= limit;
    };
  }

  private static Rule itemsRule(Rule item) {
    return value -> {
      if (!value.isJsonArray()) {
        return true;
      }
      for (JsonElement element : value.getAsJsonArray()) {
        if (!item.fits(element)) {
          return false;
        }
      }
      return true;
    };
  }

  /** As the library does: {@link Pattern} syntax, matched anywhere in the string. */
  private static Rule patternRule(JsonElement argument) {
    Pattern pattern = Pattern.compile(argument.getAsString());
    return value -> !isString(value) || pattern.matcher(value.getAsString()).find();
  }

  /** A bound on numbers: {@code holds} is given the sign of {@code value - limit}. */
  private static Rule bound(JsonElement argument, SignTest holds) {
    BigDecimal limit = argument.getAsBigDecimal();
    return value -> {
      if (Shape.of(value) != Shape.NUMBER) {
        return true;
      }
      String text = value.getAsString();
      try {
        return isNumberLiteral(text) && holds.test(new BigDecimal(text).compareTo(limit));
      } catch (NumberFormatException notOneBigDecimalReads) {
        return false;
      }
    };
  }

  @FunctionalInterface
  private interface SignTest {
    boolean test(int sign);
  }

  private static Rule allOfRule(JsonElement argument) {
    List<Rule> all = compileEach(argument);
    return value -> {
      for (Rule rule : all) {
        if (!rule.fits(value)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Rule anyOfRule(JsonElement argument) {
    List<Rule> any = compileEach(argument);
    return value -> {
      for (Rule rule : any) {
        if (rule.fits(value)) {
          return true;
        }
      }
      return false;
    };
  }

  private static List<Rule> compileEach(JsonElement schemas) {
    List<Rule> rules = new ArrayList<>();
    for (JsonElement schema : schemas.getAsJsonArray()) {
      rules.add(compile(schema));
    }
    return rules;
  }

  private static JsonArray single(JsonElement element) {
    JsonArray array = new JsonArray(1);
    array.add(element);
    return array;
  }

  private static boolean isFalse(JsonElement value) {
    return value.isJsonPrimitive()
        && value.getAsJsonPrimitive().isBoolean()
        && !value.getAsBoolean();
  }

  private static boolean isString(JsonElement value) {
    return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }

  /** Digits with an optional minus: an integer to the library whatever else it reads. */
  private static boolean isIntegerLiteral(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (start == text.length()) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A number as JSON writes it, which {@link BigDecimal} reads as the library does; not a lenient
   * parser's {@code NaN} or {@code Infinity}.
   */
  private static boolean isNumberLiteral(String text) {
    if (text.isEmpty() || text.length() > 100) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  /** The JSON type of a value, as draft-07 names it. */
  private enum Shape {
    NULL("null"),
    BOOLEAN("boolean"),
    STRING("string"),
    NUMBER("number"),
    OBJECT("object"),
    ARRAY("array");

    final String typeName;

    Shape(String typeName) {
      this.typeName = typeName;
    }

    static Shape of(JsonElement value) {
      if (value.isJsonObject()) {
        return OBJECT;
      }
      if (value.isJsonArray()) {
        return ARRAY;
      }
      if (value.isJsonNull()) {
        return NULL;
      }
      JsonPrimitive primitive = value.getAsJsonPrimitive();
      return primitive.isString() ? STRING : primitive.isBoolean() ? BOOLEAN : NUMBER;
    }
  }
}
