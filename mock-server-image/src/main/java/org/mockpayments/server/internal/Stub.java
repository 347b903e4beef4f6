package org.mockpayments.server.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A canned reply: when a connection opens or a fitting frame arrives, play the replies in order.
 * With {@code whenState} it fits only a connection in that scenario state (every connection starts
 * in {@code started}); with {@code setState} firing moves the connection to that state.
 */
final class Stub {
  enum Trigger {
    CONNECT,
    MESSAGE
  }

  final String id;
  final Trigger on;
  final String path;
  final Match match;
  final List<Reply> replies;
  final String whenState;
  final String setState;
  final FiringBudget budget;

  private Stub(String id, Trigger on, String path, Match match, List<Reply> replies, Integer times,
      String whenState, String setState) {
    this.id = id;
    this.on = on;
    this.path = path;
    this.match = match;
    this.replies = replies;
    this.budget = new FiringBudget(times);
    this.whenState = whenState;
    this.setState = setState;
  }

  /** Parses a stub definition; {@code where} names it in error messages. */
  static Stub parse(String id, JsonElement element, String where) {
    JsonBody body = JsonBody.of(element, where, "on", "path", "match", "reply", "times", "whenState", "setState");
    String on = body.requiredString("on");
    Trigger trigger;
    if (on.equals("message")) {
      trigger = Trigger.MESSAGE;
    } else if (on.equals("connect")) {
      trigger = Trigger.CONNECT;
      if (body.has("match")) {
        throw ApiException.badRequest("A stub 'on': 'connect' takes no 'match' (in " + where + ").");
      }
    } else {
      throw ApiException.badRequest("'on' in " + where + " must be 'message' or 'connect', not '" + on + "'.");
    }
    Match match = Match.parse(body.raw("match"), "'match' in " + where);
    JsonElement replyElement = body.raw("reply");
    if (!replyElement.isJsonArray() || replyElement.getAsJsonArray().isEmpty()) {
      throw ApiException.badRequest("'reply' in " + where + " must be a non-empty array of replies.");
    }
    List<Reply> replies = new ArrayList<>();
    JsonArray array = replyElement.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      replies.add(Reply.parse(array.get(i), "reply[" + i + "] of " + where));
    }
    Long times = body.integer("times", 1, Integer.MAX_VALUE);
    return new Stub(id, trigger, body.string("path"), match, List.copyOf(replies), times == null ? null : times.intValue(),
        body.string("whenState"), body.string("setState"));
  }

  /** A fresh copy with nothing fired, for restoring the stubs loaded at start. */
  Stub copy() {
    return new Stub(id, on, path, match, replies, budget.times(), whenState, setState);
  }

  /** Whether it fires for {@code trigger} on {@code connection}; {@code payload} is null for a connect. */
  boolean fits(Trigger trigger, LiveConnection connection, Payload payload) {
    return on == trigger
        && (path == null || path.equals(connection.handshake.path()))
        && (whenState == null || whenState.equals(connection.scenarioState()))
        && (payload == null || match.test(payload));
  }
}
