package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.json.JsonBody;
import org.mockpayments.server.internal.template.Context;
import org.mockpayments.server.internal.template.Placeholders;
import org.mockpayments.server.internal.template.Scope;
import org.mockpayments.server.internal.template.Template;

/**
 * The replies a stub plays again and again after its own, every {@code everyMs}, until the
 * connection closes, the stub is removed, the mock is reset, {@code times} rounds were played, the
 * connection leaves scenario state {@code whileState}, or a frame fitting {@code until} arrives.
 *
 * @param everyMs the pause before each round: a number, or a template that renders to one (0 for no
 *     rounds at all)
 * @param until a match, its strings templates rendered when the stub fires; null for none
 */
record RepeatRule(
    JsonElement everyMs,
    List<ReplyStep> replies,
    JsonObject until,
    String whileState,
    Integer times) {

  static RepeatRule parse(JsonElement element, String where, Scope scope) {
    JsonBody body = JsonBody.of(element, where, "everyMs", "reply", "until", "whileState", "times");
    JsonElement everyMs = body.raw("everyMs");
    if (everyMs.isJsonNull()) {
      throw ApiException.badRequest(
          ApiException.sentence(where) + " needs 'everyMs': the pause before each round.");
    }
    if (everyMs.isJsonPrimitive() && everyMs.getAsJsonPrimitive().isString()) {
      Placeholders.checkText(everyMs.getAsString(), scope, "'everyMs' of " + where);
    } else {
      body.integer("everyMs", 1, 86_400_000);
    }
    List<ReplyStep> replies =
        ReplyStep.parseAll(body.raw("reply"), "'reply' of " + where, scope.insideRepeat(), false);
    JsonObject until = body.object("until");
    if (until != null) {
      Placeholders.checkJson(until, scope, "'until' of " + where);
      PayloadMatcher.parse(Template.sample(until), "'until' of " + where);
    }
    Long times = body.integer("times", 1, Integer.MAX_VALUE);
    return new RepeatRule(
        everyMs,
        replies,
        until,
        body.string("whileState"),
        times == null ? null : times.intValue());
  }

  /** The pause for one firing, or -1 with {@code problem} told when it renders to no pause. */
  long pauseMs(Context context) {
    if (!everyMs.isJsonPrimitive() || !everyMs.getAsJsonPrimitive().isString()) {
      return everyMs.getAsLong();
    }
    String rendered = Template.text(everyMs.getAsString(), context).trim();
    try {
      long pause = Long.parseLong(rendered);
      return pause >= 0 && pause <= 86_400_000 ? pause : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The {@code until} match for one firing, or null. */
  PayloadMatcher until(Context context) {
    if (until == null) {
      return null;
    }
    JsonObject rendered = new JsonObject();
    for (String key : until.keySet()) {
      JsonElement value = until.get(key);
      rendered.add(
          key,
          key.equals("regex") && value.isJsonPrimitive()
              ? new JsonPrimitive(Template.regex(value.getAsString(), context))
              : Template.json(value, context));
    }
    return PayloadMatcher.parse(rendered, "'until' " + Json.print(until));
  }
}
