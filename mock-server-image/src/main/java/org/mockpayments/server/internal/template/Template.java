package org.mockpayments.server.internal.template;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.json.Json;

/**
 * Renders the placeholders of stub replies. In text, a value inside a double-quoted JSON string is
 * escaped for it, so {@code {"name":"{{json.name}}"}} stays valid JSON whatever the name holds;
 * elsewhere it is inserted as it is. In JSON, a string that is only a placeholder takes the value's
 * own JSON type, keys are rendered too, and {@code {"$each": ..., "$where": ..., "$emit": ...}}
 * becomes an array. A value that is missing renders as {@code <missing json.order_id>}, visibly.
 */
public final class Template {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*}}");

  private Template() {}

  /** Whether {@code text} holds anything to render. */
  public static boolean hasPlaceholders(String text) {
    return text != null && text.contains("{{");
  }

  /** Renders a text reply: values inside JSON strings are escaped for them. */
  public static String text(String template, Context context) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    int literalStart = 0;
    while (matcher.find()) {
      inString = scanQuotes(template, literalStart, matcher.start(), inString);
      literalStart = matcher.end();
      String value = asText(resolve(matcher.group(1), context));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(inString ? escapeInJsonString(value) : value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Renders a regex: values are matched literally. */
  public static String regex(String template, Context context) {
    return plain(template, context, Pattern::quote);
  }

  /** Renders every string and key of a JSON value, and its {@code $each} arrays. */
  public static JsonElement json(JsonElement json, Context context) {
    if (json.isJsonObject()) {
      JsonObject object = json.getAsJsonObject();
      if (object.has(Each.EACH)) {
        return each(object, context);
      }
      JsonObject out = new JsonObject();
      object
          .entrySet()
          .forEach(
              field ->
                  out.add(
                      plain(field.getKey(), context, UnaryOperator.identity()),
                      json(field.getValue(), context)));
      return out;
    }
    if (json.isJsonArray()) {
      JsonArray out = new JsonArray();
      json.getAsJsonArray().forEach(element -> out.add(json(element, context)));
      return out;
    }
    if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
      String text = json.getAsString();
      Matcher whole = PLACEHOLDER.matcher(text);
      if (whole.matches()) {
        return resolve(whole.group(1), context);
      }
      return new JsonPrimitive(plain(text, context, UnaryOperator.identity()));
    }
    return json;
  }

  /** {@code json} with every placeholder replaced by {@code 0}, to check what it will become. */
  public static JsonElement sample(JsonElement json) {
    return Json.tryParse(PLACEHOLDER.matcher(Json.print(json)).replaceAll("0")).orElse(json);
  }

  private static JsonElement each(JsonObject each, Context context) {
    JsonArray out = new JsonArray();
    JsonElement source = json(each.get(Each.EACH), context);
    if (!source.isJsonArray()) {
      context.onMissing().accept(each.get(Each.EACH).getAsString() + " as an array");
      return out;
    }
    PayloadMatcher where =
        each.has(Each.WHERE) ? PayloadMatcher.parse(each.get(Each.WHERE), Each.WHERE) : null;
    for (JsonElement item : source.getAsJsonArray()) {
      if (where == null || where.test(new Payload.Text(Json.print(item)))) {
        out.add(json(each.get(Each.EMIT), context.withItem(item)));
      }
    }
    return out;
  }

  private static String plain(String template, Context context, UnaryOperator<String> escape) {
    if (!hasPlaceholders(template)) {
      return template;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = asText(resolve(matcher.group(1), context));
      matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Whether a JSON string is open after {@code text[from, to)}, given whether it was before. */
  private static boolean scanQuotes(String text, int from, int to, boolean inString) {
    boolean open = inString;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (open && c == '\\') {
        i++;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  private static String escapeInJsonString(String value) {
    String quoted = Json.print(new JsonPrimitive(value));
    return quoted.substring(1, quoted.length() - 1);
  }

  private static JsonElement resolve(String name, Context context) {
    JsonElement value = Values.lookup(name, context);
    if (value == null) {
      context.onMissing().accept(name);
      return new JsonPrimitive("<missing " + name + ">");
    }
    return value;
  }

  private static String asText(JsonElement value) {
    return value.isJsonPrimitive() ? value.getAsString() : Json.print(value);
  }

  /** The keys of a {@code $each} object. */
  static final class Each {
    static final String EACH = "$each";
    static final String WHERE = "$where";
    static final String EMIT = "$emit";
    static final String[] KEYS = {EACH, WHERE, EMIT};

    private Each() {}
  }
}
