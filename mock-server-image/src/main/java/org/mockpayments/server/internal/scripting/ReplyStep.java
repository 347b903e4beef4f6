package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.CloseRequest;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Base64Payload;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.json.JsonBody;

/** One canned action of a stub: a frame to send, a close or a drop, after an optional delay. */
public record ReplyStep(
    Kind kind,
    String text,
    JsonElement json,
    Bytes bytes,
    int closeCode,
    String closeReason,
    long delayMs,
    JsonObject definition) {
  enum Kind {
    TEXT,
    BINARY,
    CLOSE,
    DROP
  }

  static ReplyStep parse(JsonElement element, String where) {
    JsonBody body =
        JsonBody.of(element, where, "text", "json", "binary", "close", "drop", "delayMs");
    long delayMs = body.integer("delayMs", 0, 3_600_000, 0);
    JsonObject definition = element.getAsJsonObject().deepCopy();
    int actions = 0;
    for (String key : body.keys()) {
      if (!key.equals("delayMs")) {
        actions++;
      }
    }
    if (actions != 1) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " must have exactly one of text, json, binary, close or drop (and optionally"
              + " delayMs).");
    }
    if (body.has("text")) {
      return new ReplyStep(
          Kind.TEXT, body.requiredString("text"), null, null, 0, null, delayMs, definition);
    }
    if (body.has("json")) {
      JsonElement json = body.raw("json");
      return new ReplyStep(Kind.TEXT, Json.print(json), json, null, 0, null, delayMs, definition);
    }
    if (body.has("binary")) {
      Bytes bytes =
          Bytes.of(Base64Payload.decode(body.requiredString("binary"), "'binary' in " + where));
      return new ReplyStep(Kind.BINARY, null, null, bytes, 0, null, delayMs, definition);
    }
    if (body.has("close")) {
      CloseRequest close = CloseRequest.parse(body.raw("close"), "'close' in " + where, 1000);
      return new ReplyStep(
          Kind.CLOSE, null, null, null, close.code(), close.reason(), delayMs, definition);
    }
    if (!body.bool("drop", false)) {
      throw ApiException.badRequest("'drop' in " + where + " can only be true.");
    }
    return new ReplyStep(Kind.DROP, null, null, null, 0, null, delayMs, definition);
  }

  /** The text to send, with its template placeholders rendered. */
  String renderText(Template.Context context) {
    // For a JSON reply, text is its printed form, so one look tells whether there is anything to
    // render.
    if (!Template.hasPlaceholders(text)) {
      return text;
    }
    return json != null
        ? Json.print(Template.render(json, context))
        : Template.render(text, context);
  }
}
