package org.mockpayments.server.internal.frames;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Base64Payload;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * A predicate on a frame's payload, parsed from the control API's {@code PayloadMatcher} shapes.
 * Text matchers never fit binary frames and the {@code base64} matcher never fits text frames.
 */
public final class PayloadMatcher {
  public static final PayloadMatcher ANY = new PayloadMatcher(new JsonObject(), payload -> true);

  private final JsonObject definition;
  private final Predicate<Payload> predicate;

  private PayloadMatcher(JsonObject definition, Predicate<Payload> predicate) {
    this.definition = definition;
    this.predicate = predicate;
  }

  public boolean test(Payload payload) {
    return predicate.test(payload);
  }

  /** The match as the user gave it, for listings and messages. */
  public JsonObject toJson() {
    return definition.deepCopy();
  }

  /** Parses a {@code PayloadMatcher}; absent, null or {@code {}} matches any frame. */
  public static PayloadMatcher parse(JsonElement element, String where) {
    JsonBody body =
        JsonBody.of(element, where, "equals", "contains", "regex", "json", "jsonSubset", "base64");
    if (body.isEmpty()) {
      return ANY;
    }
    if (body.keys().size() > 1) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " must have exactly one of equals, contains, regex, json, jsonSubset or base64, not"
              + " "
              + String.join(" and ", body.keys())
              + ".");
    }
    String kind = body.keys().iterator().next();
    JsonObject definition = element.getAsJsonObject().deepCopy();
    return new PayloadMatcher(definition, predicateFor(kind, body, where));
  }

  private static Predicate<Payload> predicateFor(String kind, JsonBody body, String where) {
    switch (kind) {
      case "equals":
        {
          String expected = body.requiredString(kind);
          return onText(expected::equals);
        }
      case "contains":
        {
          String expected = body.requiredString(kind);
          return onText(text -> text.contains(expected));
        }
      case "regex":
        {
          Pattern pattern = compile(body.requiredString(kind), where);
          return onText(text -> pattern.matcher(text).matches());
        }
      case "json":
        {
          JsonElement expected = body.raw(kind);
          return onJson(actual -> actual.equals(expected));
        }
      case "jsonSubset":
        {
          JsonObject pattern = body.object(kind);
          if (pattern == null) {
            throw ApiException.badRequest("'jsonSubset' in " + where + " must be a JSON object.");
          }
          return onJson(actual -> fits(pattern, actual));
        }
      case "base64":
        {
          Bytes expected =
              Bytes.of(Base64Payload.decode(body.requiredString(kind), "'base64' in " + where));
          return payload ->
              payload instanceof Payload.Binary binary && binary.bytes().equals(expected);
        }
      default:
        throw new IllegalStateException(kind);
    }
  }

  private static Pattern compile(String regex, String where) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw ApiException.badRequest(
          "'regex' in "
              + where
              + " is not a valid Java regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + ".");
    }
  }

  private static Predicate<Payload> onText(Predicate<String> test) {
    return payload -> payload instanceof Payload.Text text && test.test(text.text());
  }

  private static Predicate<Payload> onJson(Predicate<JsonElement> test) {
    return payload ->
        payload instanceof Payload.Text text
            && Json.tryParse(text.text()).map(test::test).orElse(false);
  }

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

  @Override
  public String toString() {
    return Json.print(definition);
  }
}
