package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.frames.CloseRequest;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.framing.Framing;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;
import org.mockpayments.server.internal.template.Placeholders;
import org.mockpayments.server.internal.template.Scope;

/** Reads a stub definition strictly: every mistake is a 400 that names it. */
final class StubParser {
  private static final String[] FRAME_STUB = {
    "on",
    "path",
    "subprotocol",
    "query",
    "headers",
    "times",
    "priority",
    "match",
    "whenState",
    "reply",
    "setState",
    "remember",
    "repeat",
    "framing"
  };
  private static final String[] UPGRADE_STUB = {
    "on", "path", "query", "headers", "times", "priority", "subprotocols", "otherwise"
  };

  private StubParser() {}

  /** Parses a stub definition; {@code where} names it in error messages. */
  static StubRule parse(String id, JsonElement element, String where) {
    String on = JsonBody.of(element, where, allKeys()).requiredString("on");
    return switch (on) {
      case "message" -> frameStub(id, StubRule.Trigger.MESSAGE, element, where);
      case "connect" -> frameStub(id, StubRule.Trigger.CONNECT, element, where);
      case "upgrade" -> upgradeStub(id, element, where);
      default ->
          throw ApiException.badRequest(
              "'on' in " + where + " must be 'message', 'connect' or 'upgrade', not '" + on + "'.");
    };
  }

  private static StubRule frameStub(
      String id, StubRule.Trigger trigger, JsonElement element, String where) {
    JsonBody body =
        JsonBody.of(
            element,
            where + " (on " + trigger.name().toLowerCase(java.util.Locale.ROOT) + ")",
            FRAME_STUB);
    checkCounts(body);
    if (trigger == StubRule.Trigger.CONNECT && body.has("match")) {
      throw ApiException.badRequest("A stub 'on': 'connect' takes no 'match' (in " + where + ").");
    }
    PayloadMatcher match = PayloadMatcher.parse(body.raw("match"), "'match' in " + where);
    Scope scope =
        trigger == StubRule.Trigger.CONNECT ? Scope.CONNECT : Scope.message(match.groupNames());
    List<ReplyStep> replies =
        body.has("reply")
            ? ReplyStep.parseAll(body.raw("reply"), "'reply' in " + where, scope, true)
            : List.of();
    String setState = body.string("setState");
    Placeholders.checkText(setState, scope, "'setState' in " + where);
    Map<String, JsonElement> remember = remember(body.object("remember"), scope, where);
    RepeatRule repeat =
        body.has("repeat")
            ? RepeatRule.parse(body.raw("repeat"), "'repeat' in " + where, scope)
            : null;
    Framing framing =
        body.has("framing") ? Framing.parse(body.raw("framing"), "'framing' in " + where) : null;
    if (!body.has("reply")
        && setState == null
        && remember.isEmpty()
        && repeat == null
        && framing == null) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " does nothing: give it 'reply', 'setState', 'remember', 'repeat' or 'framing'"
              + " ('reply': [] answers nothing on purpose, so that no later stub fires).");
    }
    return new StubRule(
        id,
        trigger,
        HandshakeScope.parse(body, where),
        match,
        replies,
        body.string("whenState"),
        setState,
        remember,
        repeat,
        framing,
        null,
        null,
        element.getAsJsonObject().deepCopy(),
        null);
  }

  private static Map<String, JsonElement> remember(JsonObject object, Scope scope, String where) {
    if (object == null) {
      return Map.of();
    }
    Map<String, JsonElement> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      if (!field.getKey().matches("[A-Za-z0-9_\\-]+")) {
        throw ApiException.badRequest(
            "'"
                + field.getKey()
                + "' in 'remember' of "
                + where
                + " cannot be a variable name: use letters, digits, '_' and '-', to read it as"
                + " {{var.NAME}}.");
      }
      Placeholders.checkJson(field.getValue(), scope, "'remember' in " + where);
      values.put(field.getKey(), field.getValue().deepCopy());
    }
    return Map.copyOf(values);
  }

  private static StubRule upgradeStub(String id, JsonElement element, String where) {
    JsonBody body = JsonBody.of(element, where + " (on upgrade)", UPGRADE_STUB);
    checkCounts(body);
    JsonElement list = body.raw("subprotocols");
    List<String> subprotocols = new ArrayList<>();
    if (list.isJsonArray()) {
      list.getAsJsonArray()
          .forEach(
              value -> {
                if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
                  subprotocols.add(value.getAsString());
                }
              });
    }
    if (subprotocols.isEmpty() || subprotocols.size() != list.getAsJsonArray().size()) {
      throw ApiException.badRequest(
          "An upgrade stub needs 'subprotocols': the names it accepts, most preferred first, as a"
              + " non-empty array of strings (in "
              + where
              + ").");
    }
    Refusal refusal = null;
    CloseRequest close = null;
    JsonObject otherwise = body.object("otherwise");
    if (otherwise != null) {
      String inOtherwise = "'otherwise' in " + where;
      JsonBody other = JsonBody.of(otherwise, inOtherwise, "status", "headers", "body", "close");
      if (other.has("close")) {
        if (other.has("status") || other.has("headers") || other.has("body")) {
          throw ApiException.badRequest(
              ApiException.sentence(inOtherwise)
                  + " either refuses the upgrade (status, headers, body) or accepts it and closes"
                  + " (close), not both.");
        }
        close = CloseRequest.parse(other.raw("close"), "'close' of " + inOtherwise, 1000);
      } else {
        refusal = Refusal.parse(other, inOtherwise);
      }
    }
    return new StubRule(
        id,
        StubRule.Trigger.UPGRADE,
        HandshakeScope.parse(body, where),
        PayloadMatcher.ANY,
        List.of(),
        null,
        null,
        Map.of(),
        null,
        null,
        new SubprotocolChoice(List.copyOf(subprotocols), refusal, close),
        null,
        element.getAsJsonObject().deepCopy(),
        null);
  }

  private static void checkCounts(JsonBody body) {
    body.integer("times", 1, Integer.MAX_VALUE);
    body.integer("priority", 1, 10);
  }

  private static String[] allKeys() {
    List<String> keys = new ArrayList<>(List.of(FRAME_STUB));
    keys.addAll(List.of("subprotocols", "otherwise"));
    return keys.toArray(String[]::new);
  }
}
