package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mockpayments.server.internal.binary.BinaryLayout;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.CloseRequest;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Base64Payload;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.json.JsonBody;
import org.mockpayments.server.internal.template.Context;
import org.mockpayments.server.internal.template.Placeholders;
import org.mockpayments.server.internal.template.Scope;
import org.mockpayments.server.internal.template.Template;

/**
 * One canned action of a stub: a frame to send (text, JSON with an optional text prefix and suffix,
 * binary, binary from a text template, or binary from fields), a close or a drop, after an optional
 * delay.
 *
 * @param template the text, prefix or binary text to render; null for other kinds
 * @param suffix the text after the JSON to render, or null
 * @param json the JSON to render, or null
 * @param fields the fields of a binary reply to render, or null
 * @param payload what a reply without placeholders sends, or a close; null for a drop
 * @param definition the reply as the user gave it
 */
public record ReplyStep(
    Kind kind,
    String template,
    String suffix,
    JsonElement json,
    BinaryLayout fields,
    Payload payload,
    long delayMs,
    JsonObject definition) {
  enum Kind {
    TEXT,
    JSON,
    JSON_UNLESS_EMPTY,
    BINARY,
    BINARY_TEXT,
    BINARY_FIELDS,
    CLOSE,
    DROP
  }

  private static final String ACTIONS = "text, json, binary, binaryText, fields, close or drop";

  /** Parses the array {@code element} of replies; it may be empty only if {@code mayBeEmpty}. */
  static List<ReplyStep> parseAll(
      JsonElement element, String where, Scope scope, boolean mayBeEmpty) {
    if (!element.isJsonArray() || (element.getAsJsonArray().isEmpty() && !mayBeEmpty)) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + (mayBeEmpty
                  ? " must be an array of replies ([] answers nothing)."
                  : " must be a non-empty array of replies."));
    }
    List<ReplyStep> replies = new ArrayList<>();
    for (int i = 0; i < element.getAsJsonArray().size(); i++) {
      replies.add(parse(element.getAsJsonArray().get(i), where + "[" + i + "]", scope));
    }
    return List.copyOf(replies);
  }

  static ReplyStep parse(JsonElement element, String where, Scope scope) {
    JsonBody body =
        JsonBody.of(
            element,
            where,
            "text",
            "json",
            "prefix",
            "suffix",
            "binary",
            "binaryText",
            "fields",
            "close",
            "drop",
            "delayMs",
            "skipEmpty");
    long delayMs = body.integer("delayMs", 0, 3_600_000, 0);
    JsonObject definition = element.getAsJsonObject().deepCopy();
    long actions =
        body.keys().stream()
            .filter(key -> !List.of("delayMs", "prefix", "suffix", "skipEmpty").contains(key))
            .count();
    if (actions != 1) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " must have exactly one of "
              + ACTIONS
              + " (and optionally delayMs).");
    }
    if ((body.has("prefix") || body.has("suffix") || body.has("skipEmpty")) && !body.has("json")) {
      throw ApiException.badRequest(
          "'prefix', 'suffix' and 'skipEmpty' in "
              + where
              + " go with 'json': the text sent before it, the text sent after it, and whether an"
              + " empty array or object is not sent at all.");
    }
    if (body.has("text") || body.has("binaryText")) {
      String key = body.has("text") ? "text" : "binaryText";
      String text = body.requiredString(key);
      Placeholders.checkText(text, scope, "'" + key + "' of " + where);
      Kind kind = key.equals("text") ? Kind.TEXT : Kind.BINARY_TEXT;
      return new ReplyStep(kind, text, null, null, null, fixed(kind, text), delayMs, definition);
    }
    if (body.has("json")) {
      JsonElement json = body.raw("json");
      String prefix = body.has("prefix") ? body.requiredString("prefix") : "";
      String suffix = body.has("suffix") ? body.requiredString("suffix") : "";
      Placeholders.checkText(prefix, scope, "'prefix' of " + where);
      Placeholders.checkText(suffix, scope, "'suffix' of " + where);
      Placeholders.checkJson(json, scope, "'json' of " + where);
      String printed = prefix + Json.print(json) + suffix;
      Payload fixed =
          Template.hasPlaceholders(printed) || printed.contains("$each")
              ? null
              : new Payload.Text(printed);
      Kind kind = body.bool("skipEmpty", false) ? Kind.JSON_UNLESS_EMPTY : Kind.JSON;
      return new ReplyStep(kind, prefix, suffix, json, null, fixed, delayMs, definition);
    }
    if (body.has("fields")) {
      BinaryLayout fields =
          BinaryLayout.template(
              body.raw("fields"),
              "'fields' of " + where,
              (template, at) -> Placeholders.checkText(template, scope, at));
      return new ReplyStep(Kind.BINARY_FIELDS, null, null, null, fields, null, delayMs, definition);
    }
    if (body.has("binary")) {
      Bytes bytes =
          Bytes.of(Base64Payload.decode(body.requiredString("binary"), "'binary' in " + where));
      return new ReplyStep(
          Kind.BINARY, null, null, null, null, new Payload.Binary(bytes), delayMs, definition);
    }
    if (body.has("close")) {
      CloseRequest close = CloseRequest.parse(body.raw("close"), "'close' in " + where, 1000);
      return new ReplyStep(
          Kind.CLOSE,
          null,
          null,
          null,
          null,
          new Payload.Close(close.code(), close.reason()),
          delayMs,
          definition);
    }
    if (!body.bool("drop", false)) {
      throw ApiException.badRequest("'drop' in " + where + " can only be true.");
    }
    return new ReplyStep(Kind.DROP, null, null, null, null, null, delayMs, definition);
  }

  private static Payload fixed(Kind kind, String text) {
    if (Template.hasPlaceholders(text)) {
      return null;
    }
    return kind == Kind.TEXT
        ? new Payload.Text(text)
        : new Payload.Binary(Bytes.of(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** What to send, with its placeholders rendered; null for a drop or an empty JSON skipped. */
  Payload render(Context context) {
    if (payload != null || kind == Kind.DROP) {
      return payload;
    }
    if (kind == Kind.JSON_UNLESS_EMPTY) {
      JsonElement rendered = Template.json(json, context);
      boolean empty =
          (rendered.isJsonArray() && rendered.getAsJsonArray().isEmpty())
              || (rendered.isJsonObject() && rendered.getAsJsonObject().size() == 0);
      return empty
          ? null
          : new Payload.Text(
              Template.text(template, context)
                  + Json.print(rendered)
                  + Template.text(suffix, context));
    }
    return switch (kind) {
      case TEXT -> new Payload.Text(Template.text(template, context));
      case BINARY_TEXT ->
          new Payload.Binary(
              Bytes.of(Template.text(template, context).getBytes(StandardCharsets.UTF_8)));
      case BINARY_FIELDS ->
          new Payload.Binary(Bytes.of(fields.write(value -> Template.json(value, context))));
      case JSON, JSON_UNLESS_EMPTY ->
          new Payload.Text(
              Template.text(template, context)
                  + Json.print(Template.json(json, context))
                  + Template.text(suffix, context));
      default -> throw new IllegalStateException(kind.toString());
    };
  }
}
