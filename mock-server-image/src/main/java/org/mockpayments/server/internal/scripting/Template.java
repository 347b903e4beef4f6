package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.Json;

/**
 * The small template syntax of stub replies: {@code {{json.order_id}}}, {@code {{text}}}, {@code
 * {{connection.id}}}, {@code {{connection.path}}}, {@code {{query.order}}}, {@code
 * {{header.Authorization}}}, {@code {{now}}} and {@code {{seq}}} (how often the stub has fired). A
 * value that is missing renders as {@code <missing json.order_id>}, visibly, in the frame sent.
 */
public final class Template {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*}}");

  /** What a template can refer to when a stub fires. */
  /** What a template can refer to when a stub fires; {@code payload} is null for a connect. */
  public record Context(
      Recipient connection, Payload payload, int seq, Consumer<String> onMissing) {}

  private Template() {}

  static boolean hasPlaceholders(String text) {
    return text != null && text.contains("{{");
  }

  /** Renders the placeholders of a text reply. */
  static String render(String text, Context context) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      JsonElement value = resolve(matcher.group(1), context);
      matcher.appendReplacement(out, Matcher.quoteReplacement(asText(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Renders the strings of a JSON reply; a string that is only a placeholder takes the value's own
   * JSON type, so {@code "{{json.amount}}"} stays a number.
   */
  static JsonElement render(JsonElement json, Context context) {
    if (json.isJsonObject()) {
      JsonObject out = new JsonObject();
      json.getAsJsonObject()
          .entrySet()
          .forEach(field -> out.add(field.getKey(), render(field.getValue(), context)));
      return out;
    }
    if (json.isJsonArray()) {
      JsonArray out = new JsonArray();
      json.getAsJsonArray().forEach(element -> out.add(render(element, context)));
      return out;
    }
    if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
      String text = json.getAsString();
      Matcher whole = PLACEHOLDER.matcher(text);
      if (whole.matches()) {
        return resolve(whole.group(1), context);
      }
      return new JsonPrimitive(render(text, context));
    }
    return json;
  }

  private static JsonElement resolve(String name, Context context) {
    JsonElement value = lookup(name, context);
    if (value == null) {
      context.onMissing().accept(name);
      return new JsonPrimitive("<missing " + name + ">");
    }
    return value;
  }

  /** The value {@code {{name}}} stands for, or null when there is none. */
  public static JsonElement lookup(String name, Context context) {
    Recipient connection = context.connection();
    String text = context.payload() == null ? null : context.payload().text();
    switch (name) {
      case "now":
        return new JsonPrimitive(Instant.now().toString());
      case "seq":
        return new JsonPrimitive(context.seq());
      case "text":
        return text == null ? null : new JsonPrimitive(text);
      case "connection.id":
        return new JsonPrimitive(connection.id());
      case "connection.path":
        return new JsonPrimitive(connection.handshake().path());
      default:
        break;
    }
    if (name.startsWith("json.")) {
      return text == null
          ? null
          : Json.tryParse(text).map(json -> path(json, name.substring(5))).orElse(null);
    }
    if (name.startsWith("query.")) {
      return queryParameter(connection.handshake().query(), name.substring(6));
    }
    if (name.startsWith("header.")) {
      String value = connection.handshake().header(name.substring(7));
      return value == null ? null : new JsonPrimitive(value);
    }
    return null;
  }

  /**
   * The value at {@code path}; {@link com.google.gson.JsonNull} when it is a present null, null
   * when missing.
   */
  private static JsonElement path(JsonElement json, String path) {
    JsonElement current = json;
    for (String step : path.split("\\.")) {
      if (current.isJsonObject() && current.getAsJsonObject().has(step)) {
        current = current.getAsJsonObject().get(step);
      } else if (current.isJsonArray()
          && step.matches("\\d+")
          && Integer.parseInt(step) < current.getAsJsonArray().size()) {
        current = current.getAsJsonArray().get(Integer.parseInt(step));
      } else {
        return null;
      }
    }
    return current;
  }

  private static JsonElement queryParameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key =
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        return new JsonPrimitive(URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return null;
  }

  private static String asText(JsonElement value) {
    return value.isJsonPrimitive() ? value.getAsString() : Json.print(value);
  }
}
