package org.mockpayments.server.internal.frames;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.mockpayments.server.internal.binary.BinaryLayout;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Base64Payload;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.json.JsonBody;
import org.mockpayments.server.internal.json.JsonPath;
import org.mockpayments.server.internal.schema.SchemaCheck;

/**
 * A predicate on a frame's payload, parsed from the control API's {@code Match}: every condition
 * given must hold. Text conditions ({@code equals}, {@code contains}, {@code regex}) read a frame's
 * text, JSON conditions ({@code json}, {@code jsonSubset}, {@code jsonHas}, {@code jsonSchema}) its
 * JSON part (the whole text, or the regex group {@code jsonGroup} names), byte conditions ({@code
 * base64}, {@code hexPrefix}) its bytes, and {@code fields} reads a binary message into a JSON
 * object that the JSON conditions and replies then read. {@code type} says which frames it reads:
 * by default text frames, binary frames when only byte conditions are given, and any frame when
 * there is no condition.
 */
public final class PayloadMatcher {
  public static final PayloadMatcher ANY = new PayloadMatcher(new JsonObject(), null);

  private static final String[] KEYS = {
    "type",
    "equals",
    "contains",
    "regex",
    "jsonGroup",
    "json",
    "jsonSubset",
    "jsonHas",
    "jsonSchema",
    "base64",
    "hexPrefix",
    "fields"
  };

  private final JsonObject definition;
  private final Conditions conditions;

  private record Conditions(
      Set<FrameType> types,
      List<Predicate<String>> text,
      RegexCapture regex,
      String jsonGroup,
      List<Predicate<JsonElement>> json,
      List<Predicate<Bytes>> bytes,
      BinaryLayout fields,
      List<String> jsonStrings,
      String exactText) {}

  private PayloadMatcher(JsonObject definition, Conditions conditions) {
    this.definition = definition;
    this.conditions = conditions;
  }

  /** Whether the frame fits; an empty match fits every frame, close and control frames included. */
  public boolean test(Payload payload) {
    return conditions == null || match(payload) != null;
  }

  /** The frame as this match saw it when it fits, or null; only text and binary frames fit. */
  public FrameView match(Payload payload) {
    if (conditions == null) {
      return FrameView.of(payload);
    }
    if (!conditions.types.contains(payload.type())) {
      return null;
    }
    // An await tests every journal entry, and most fail here: test their text before any view of
    // them is made, with no iterator either, and before any JSON is parsed.
    List<Predicate<String>> textTests = conditions.text;
    if (!textTests.isEmpty() || !conditions.jsonStrings.isEmpty()) {
      String text = FrameView.textOf(payload);
      for (int i = 0; i < textTests.size(); i++) {
        if (!textTests.get(i).test(text)) {
          return null;
        }
      }
      if (!JsonStrings.mayAllAppearIn(text, conditions.jsonStrings)) {
        return null;
      }
    }
    FrameView plain = FrameView.of(payload);
    for (Predicate<Bytes> test : conditions.bytes) {
      if (!test.test(plain.bytes())) {
        return null;
      }
    }
    Map<String, String> groups = Map.of();
    if (conditions.regex != null) {
      groups = conditions.regex.capture(plain.text());
      if (groups == null) {
        return null;
      }
    }
    FrameView view;
    if (conditions.fields != null) {
      JsonObject read = conditions.fields.read(plain.bytes().toArray());
      if (read == null) {
        return null;
      }
      view = FrameView.withFields(payload, read);
    } else {
      view = new FrameView(payload, groups, conditions.jsonGroup);
    }
    if (!conditions.json.isEmpty()) {
      JsonElement json = view.json();
      if (json == null || !conditions.json.stream().allMatch(test -> test.test(json))) {
        return null;
      }
    }
    return view;
  }

  /** The frame types this match reads: text and binary for an empty match. */
  public Set<FrameType> types() {
    return conditions == null ? Set.of(FrameType.TEXT, FrameType.BINARY) : conditions.types;
  }

  /** The regex groups replies may read: names and numbers; empty without a regex. */
  public Set<String> groupNames() {
    return conditions == null || conditions.regex == null
        ? Set.of()
        : conditions.regex.groupNames();
  }

  /** The match as the user gave it, for listings and messages. */
  public JsonObject toJson() {
    return definition.deepCopy();
  }

  /** Parses a {@code Match}; absent, null or {@code {}} matches any frame. */
  public static PayloadMatcher parse(JsonElement element, String where) {
    return parse(element, where, null);
  }

  /**
   * Parses a {@code Match} inside a filter that already names a frame type ({@code filterType}, or
   * null for none): a match with no {@code type} of its own reads that type, and one whose {@code
   * type} contradicts it is refused.
   */
  public static PayloadMatcher parse(JsonElement element, String where, FrameType filterType) {
    JsonBody body = JsonBody.of(element, where, KEYS);
    if (body.isEmpty()) {
      return ANY;
    }
    List<Predicate<String>> text = new ArrayList<>();
    List<Predicate<JsonElement>> json = new ArrayList<>();
    List<Predicate<Bytes>> bytes = new ArrayList<>();
    String exactText = body.has("equals") ? body.requiredString("equals") : null;
    if (exactText != null) {
      text.add(exactText::equals);
    }
    if (body.has("contains")) {
      String part = body.requiredString("contains");
      text.add(candidate -> candidate.contains(part));
    }
    RegexCapture regex =
        body.has("regex") ? RegexCapture.compile(body.requiredString("regex"), where) : null;
    String jsonGroup = body.string("jsonGroup");
    if (jsonGroup != null && (regex == null || !regex.groupNames().contains(jsonGroup))) {
      throw ApiException.badRequest(
          "'jsonGroup' in "
              + where
              + " names '"
              + jsonGroup
              + "', which is no group of its 'regex'"
              + (regex == null ? " (there is none)" : "; its groups are " + regex.groupNames())
              + ".");
    }
    List<String> jsonStrings = new ArrayList<>();
    if (body.has("json")) {
      JsonElement expected = body.raw("json");
      json.add(expected::equals);
      JsonStrings.collect(expected, jsonStrings);
    }
    if (body.has("jsonSubset")) {
      JsonElement pattern = body.raw("jsonSubset");
      if (!pattern.isJsonObject() && !pattern.isJsonArray()) {
        throw ApiException.badRequest(
            "'jsonSubset' in " + where + " must be a JSON object or array.");
      }
      json.add(actual -> JsonSubset.fits(pattern, actual));
      JsonStrings.collect(pattern, jsonStrings);
    }
    if (body.has("jsonHas")) {
      for (String path : JsonPath.parseAll(body.raw("jsonHas"), "'jsonHas' in " + where)) {
        json.add(actual -> JsonPath.find(actual, path) != null);
      }
    }
    if (body.has("jsonSchema")) {
      SchemaCheck schema = SchemaCheck.compile(body.raw("jsonSchema"), "'jsonSchema' in " + where);
      json.add(schema::accepts);
    }
    if (body.has("base64")) {
      Bytes expected =
          Bytes.of(Base64Payload.decode(body.requiredString("base64"), "'base64' in " + where));
      bytes.add(expected::equals);
    }
    if (body.has("hexPrefix")) {
      byte[] prefix = Bytes.parseHex(body.requiredString("hexPrefix"), "'hexPrefix' in " + where);
      bytes.add(actual -> actual.startsWith(prefix));
    }
    BinaryLayout fields = null;
    if (body.has("fields")) {
      if (regex != null) {
        throw ApiException.badRequest(
            "'fields' in "
                + where
                + " reads a binary message into JSON, and 'regex' reads text: a match takes one"
                + " of them.");
      }
      fields = BinaryLayout.pattern(body.raw("fields"), "'fields' in " + where);
    }
    Set<FrameType> types =
        FrameType.readBy(
            body.string("type"),
            filterType,
            !text.isEmpty() || regex != null || (!json.isEmpty() && fields == null),
            !bytes.isEmpty() || fields != null,
            where);
    return new PayloadMatcher(
        element.getAsJsonObject().deepCopy(),
        new Conditions(
            types,
            text,
            regex,
            jsonGroup,
            json,
            bytes,
            fields,
            // The JSON of 'fields' is read from bytes, not spelled in the frame's text.
            fields == null ? List.copyOf(jsonStrings) : List.of(),
            exactText));
  }

  /**
   * The whole text a fitting frame has when this match pins it ({@code equals}), else null: a
   * journal can pass over entries with another text without reading them.
   */
  public String exactText() {
    return conditions == null ? null : conditions.exactText;
  }

  @Override
  public String toString() {
    return Json.print(definition);
  }
}
