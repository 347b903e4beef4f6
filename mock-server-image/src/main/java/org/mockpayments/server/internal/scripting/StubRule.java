package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * A canned reply: when a connection opens or a fitting frame arrives, play the replies in order.
 * With {@code whenState} it fits only a connection in that scenario state (every connection starts
 * in {@code started}); with {@code setState} firing moves the connection to that state.
 */
public final class StubRule {
  public enum Trigger {
    CONNECT,
    MESSAGE
  }

  public final String id;
  public final Trigger on;
  public final String path;
  public final PayloadMatcher match;
  public final List<ReplyStep> replies;
  public final String whenState;
  public final String setState;
  public final FiringBudget budget;

  private StubRule(
      String id,
      Trigger on,
      String path,
      PayloadMatcher match,
      List<ReplyStep> replies,
      Integer times,
      String whenState,
      String setState) {
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
  static StubRule parse(String id, JsonElement element, String where) {
    JsonBody body =
        JsonBody.of(
            element, where, "on", "path", "match", "reply", "times", "whenState", "setState");
    String on = body.requiredString("on");
    Trigger trigger;
    if (on.equals("message")) {
      trigger = Trigger.MESSAGE;
    } else if (on.equals("connect")) {
      trigger = Trigger.CONNECT;
      if (body.has("match")) {
        throw ApiException.badRequest(
            "A stub 'on': 'connect' takes no 'match' (in " + where + ").");
      }
    } else {
      throw ApiException.badRequest(
          "'on' in " + where + " must be 'message' or 'connect', not '" + on + "'.");
    }
    PayloadMatcher match = PayloadMatcher.parse(body.raw("match"), "'match' in " + where);
    JsonElement replyElement = body.raw("reply");
    if (!replyElement.isJsonArray() || replyElement.getAsJsonArray().isEmpty()) {
      throw ApiException.badRequest(
          "'reply' in " + where + " must be a non-empty array of replies.");
    }
    List<ReplyStep> replies = new ArrayList<>();
    JsonArray array = replyElement.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      replies.add(ReplyStep.parse(array.get(i), "reply[" + i + "] of " + where));
    }
    Long times = body.integer("times", 1, Integer.MAX_VALUE);
    return new StubRule(
        id,
        trigger,
        body.string("path"),
        match,
        List.copyOf(replies),
        times == null ? null : times.intValue(),
        body.string("whenState"),
        body.string("setState"));
  }

  /** A fresh copy with nothing fired, for restoring the stubs loaded at start. */
  StubRule copy() {
    return new StubRule(id, on, path, match, replies, budget.times(), whenState, setState);
  }

  /**
   * Whether it fires for {@code trigger} on {@code connection}; {@code payload} is null for a
   * connect.
   */
  boolean fits(Trigger trigger, Recipient connection, Payload payload) {
    return on == trigger
        && (path == null || path.equals(connection.handshake().path()))
        && (whenState == null || whenState.equals(connection.scenarioState()))
        && (payload == null || match.test(payload));
  }
}
