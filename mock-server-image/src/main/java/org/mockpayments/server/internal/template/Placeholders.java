package org.mockpayments.server.internal.template;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * Checks the placeholders of a stub when it is created, so a typo is a 400 that names it instead of
 * a {@code <missing ...>} in a frame much later.
 */
public final class Placeholders {
  static final String KNOWN =
      "now, seq, uuid, random.N, round (in a repeat), text, json, json.PATH, regex.GROUP,"
          + " connection.id, connection.path, connection.subprotocol, query.NAME, header.NAME,"
          + " var.NAME, var.NAME.PATH, item and item.PATH (in a $each)";

  private Placeholders() {}

  /** Checks the placeholders of a text template. */
  public static void checkText(String template, Scope scope, String where) {
    if (!Template.hasPlaceholders(template)) {
      return;
    }
    Matcher matcher = Template.PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      checkName(matcher.group(1), scope, where);
    }
  }

  /** Checks the strings, keys and {@code $each} objects of a JSON template. */
  public static void checkJson(JsonElement json, Scope scope, String where) {
    if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(element -> checkJson(element, scope, where));
    } else if (json.isJsonObject()) {
      JsonObject object = json.getAsJsonObject();
      if (object.has(Template.Each.EACH)) {
        checkEach(object, scope, where);
        return;
      }
      for (Map.Entry<String, JsonElement> field : object.entrySet()) {
        checkText(field.getKey(), scope, where);
        checkJson(field.getValue(), scope, where);
      }
    } else if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
      checkText(json.getAsString(), scope, where);
    }
  }

  private static void checkEach(JsonObject each, Scope scope, String where) {
    String inWhere = "a $each in " + where;
    JsonBody body = JsonBody.of(each, inWhere, Template.Each.KEYS);
    String source = body.requiredString(Template.Each.EACH);
    if (!Template.PLACEHOLDER.matcher(source).matches()) {
      throw ApiException.badRequest(
          "'$each' in "
              + where
              + " must be one placeholder that stands for an array, such as \"{{json}}\" or"
              + " \"{{json.params}}\", not \""
              + source
              + "\".");
    }
    checkText(source, scope, where);
    if (body.has(Template.Each.WHERE)) {
      PayloadMatcher.parse(body.raw(Template.Each.WHERE), "'$where' of " + inWhere);
    }
    if (!body.has(Template.Each.EMIT)) {
      throw ApiException.badRequest(
          ApiException.sentence(inWhere) + " needs '$emit': what to render for each element.");
    }
    checkJson(body.raw(Template.Each.EMIT), scope.insideEach(), where);
  }

  private static void checkName(String name, Scope scope, String where) {
    String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    String rest = name.substring(root.length()).replaceFirst("^\\.", "");
    String problem =
        switch (root) {
          case "now", "seq", "uuid" -> rest.isEmpty() ? null : unknown(name);
          case "round" ->
              !rest.isEmpty()
                  ? unknown(name)
                  : scope.inRepeat()
                      ? null
                      : "{{round}} counts the rounds of a repeat, so only the replies of 'repeat'"
                          + " can use it";
          case "random" ->
              rest.matches("[1-9][0-9]{0,17}")
                  ? null
                  : "{{"
                      + name
                      + "}} needs a whole number above 0 after 'random.', the exclusive upper"
                      + " bound, as in {{random.1000}}";
          case "text", "json" ->
              scope.hasFrame()
                  ? (root.equals("text") && !rest.isEmpty() ? unknown(name) : null)
                  : fromFrame(name);
          case "regex" ->
              !scope.hasFrame()
                  ? fromFrame(name)
                  : scope.groups().contains(rest)
                      ? null
                      : "{{"
                          + name
                          + "}} names no group of the stub's 'regex'"
                          + (scope.groups().isEmpty()
                              ? " (it has no 'regex')"
                              : "; its groups are " + scope.groups());
          case "connection" ->
              rest.equals("id") || rest.equals("path") || rest.equals("subprotocol")
                  ? null
                  : "{{"
                      + name
                      + "}} is no fact of the connection; they are connection.id,"
                      + " connection.path and connection.subprotocol";
          case "query", "header", "var" ->
              rest.isEmpty()
                  ? "{{" + name + "}} needs a name after '" + root + ".', as in {{" + root + ".id}}"
                  : null;
          case "item" ->
              scope.inEach()
                  ? null
                  : "{{" + name + "}} is an element of a $each, only inside its $emit";
          default -> unknown(name);
        };
    if (problem != null) {
      throw ApiException.badRequest(problem + " (in " + where + ").");
    }
  }

  private static String unknown(String name) {
    return "Unknown placeholder {{" + name + "}}; the known ones are " + KNOWN;
  }

  private static String fromFrame(String name) {
    return "{{" + name + "}} reads the frame that fired the stub, and a connect stub has none";
  }
}
