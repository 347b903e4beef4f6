package org.mockpayments.client;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The control API's JSON, to and from this module's types. */
final class Wire {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  private static final Gson PRETTY =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create();

  private Wire() {}

  static JsonElement parse(String json, String where) {
    if (json == null || json.isBlank()) {
      throw new IllegalArgumentException(where + " needs valid JSON, not an empty string");
    }
    try {
      return JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(
          where + " needs valid JSON: " + e.getMessage() + " in: " + json, e);
    }
  }

  static String printPretty(JsonElement json) {
    return PRETTY.toJson(json);
  }

  static String print(JsonElement json) {
    return GSON.toJson(json);
  }

  static ConnectionInfo connection(JsonElement element) {
    JsonObject json = element.getAsJsonObject();
    return new ConnectionInfo(
        json.get("id").getAsString(),
        json.get("seq").getAsLong(),
        json.get("path").getAsString(),
        string(json, "query"),
        headers(json.getAsJsonObject("headers")),
        string(json, "subprotocol"),
        json.get("remoteAddress").getAsString(),
        string(json, "proxiedTo"),
        Timestamps.parse(json.get("openedAt").getAsString()),
        "OPEN".equals(json.get("state").getAsString()),
        integer(json, "closeCode"),
        string(json, "closeReason"),
        string(json, "scenarioState"),
        variables(json.getAsJsonObject("variables")));
  }

  private static Map<String, String> variables(JsonObject json) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (json != null) {
      json.entrySet()
          .forEach(
              variable -> {
                JsonElement value = variable.getValue();
                variables.put(
                    variable.getKey(),
                    value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                        ? value.getAsString()
                        : print(value));
              });
    }
    return Collections.unmodifiableMap(variables);
  }

  private static Map<String, List<String>> headers(JsonObject json) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    json.entrySet()
        .forEach(
            header -> {
              List<String> values = new ArrayList<>();
              header.getValue().getAsJsonArray().forEach(value -> values.add(value.getAsString()));
              headers.put(header.getKey(), List.copyOf(values));
            });
    return Map.copyOf(headers);
  }

  static Frame frame(JsonElement element) {
    JsonObject json = element.getAsJsonObject();
    String base64 = string(json, "base64");
    return new Frame(
        json.get("seq").getAsLong(),
        json.get("connection").getAsString(),
        Frame.Direction.valueOf(json.get("direction").getAsString().toUpperCase(Locale.ROOT)),
        Frame.Type.valueOf(json.get("type").getAsString().toUpperCase(Locale.ROOT)),
        string(json, "text"),
        base64 == null ? null : Base64.getDecoder().decode(base64),
        integer(json, "code"),
        string(json, "reason"),
        json.has("rttMs") ? json.get("rttMs").getAsDouble() : null,
        Timestamps.parse(json.get("at").getAsString()));
  }

  /** The text and binary frames of a {@code /frames} answer. */
  static List<Frame> dataFrames(JsonElement array) {
    return list(array, Wire::frame).stream()
        .filter(frame -> frame.type() == Frame.Type.TEXT || frame.type() == Frame.Type.BINARY)
        .toList();
  }

  static RejectedAttempt rejectedAttempt(JsonElement element) {
    JsonObject json = element.getAsJsonObject();
    return new RejectedAttempt(
        json.get("rule").getAsString(),
        json.get("path").getAsString(),
        string(json, "query"),
        headers(json.getAsJsonObject("headers")),
        json.get("status").getAsInt(),
        string(json, "reason"),
        Timestamps.parse(json.get("at").getAsString()));
  }

  static ClientHistory clientHistory(JsonElement element) {
    JsonObject json = element.getAsJsonObject();
    List<String> ids = new ArrayList<>();
    json.getAsJsonArray("ids").forEach(id -> ids.add(id.getAsString()));
    List<Duration> intervals = new ArrayList<>();
    json.getAsJsonArray("intervalsMs")
        .forEach(ms -> intervals.add(Duration.ofMillis(ms.getAsLong())));
    return new ClientHistory(
        json.get("identity").getAsString(),
        json.get("connections").getAsInt(),
        List.copyOf(ids),
        List.copyOf(intervals));
  }

  static StubInfo stub(JsonElement element) {
    JsonObject json = element.getAsJsonObject().deepCopy();
    int fired = json.remove("fired").getAsInt();
    String id = json.get("id").getAsString();
    return new StubInfo(id, print(json), fired);
  }

  static ContractViolation contractViolation(JsonElement element) {
    JsonObject json = element.getAsJsonObject();
    List<String> candidates = new ArrayList<>();
    json.getAsJsonArray("candidates").forEach(name -> candidates.add(name.getAsString()));
    List<String> errors = new ArrayList<>();
    json.getAsJsonArray("errors")
        .forEach(
            error -> {
              JsonObject fault = error.getAsJsonObject();
              String pointer = fault.get("pointer").getAsString();
              errors.add(
                  (pointer.isEmpty() ? "(the whole value)" : pointer)
                      + ": "
                      + fault.get("message").getAsString());
            });
    return new ContractViolation(
        json.get("seq").getAsLong(),
        json.get("connection").getAsString(),
        json.get("kind").getAsString(),
        json.get("severity").getAsString(),
        json.get("path").getAsString(),
        List.copyOf(candidates),
        string(json, "closest"),
        List.copyOf(errors),
        json.get("message").getAsString());
  }

  static <T> List<T> list(JsonElement array, Function<JsonElement, T> each) {
    List<T> items = new ArrayList<>();
    array.getAsJsonArray().forEach(element -> items.add(each.apply(element)));
    return List.copyOf(items);
  }

  private static String string(JsonObject json, String key) {
    JsonElement value = json.get(key);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private static Integer integer(JsonObject json, String key) {
    JsonElement value = json.get(key);
    return value == null || value.isJsonNull() ? null : value.getAsInt();
  }
}
