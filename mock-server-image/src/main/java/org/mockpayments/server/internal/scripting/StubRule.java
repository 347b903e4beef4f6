package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.framing.Framing;

/**
 * A stub: when a connection opens ({@code connect}), a fitting message arrives ({@code message}) or
 * an upgrade is requested ({@code upgrade}), it does what it says, in this order: set the
 * connection's framing, remember values, move the scenario state, play its replies, then its
 * repeat. Scoped by the handshake and by {@code whenState}; fires at most {@code times} times.
 */
public final class StubRule {
  /** What fires a stub. */
  public enum Trigger {
    CONNECT,
    MESSAGE,
    UPGRADE
  }

  public final String id;
  public final Trigger on;
  final HandshakeScope scope;
  final PayloadMatcher match;
  final List<ReplyStep> replies;
  final String whenState;
  final String setState;
  final Map<String, JsonElement> remember;
  final RepeatRule repeat;

  /** How the connection's frames carry messages from now on, or null to leave it as it is. */
  final Framing framing;

  final SubprotocolChoice upgrade;

  /** A test's Java handler that answers in place of replies, or null. */
  final StubAction action;

  public final FiringBudget budget;

  /**
   * Stubs are tried by priority, 1 first (the default is 5), then in the order they were added.
   * Stubs compiled from a contract come after every stub a test adds.
   */
  final int priority;

  /** Where a stub the test did not add comes from ("asyncapi: operation getOrder"), else null. */
  final String origin;

  private static final int AFTER_EVERY_TEST_STUB = 11;

  private final JsonObject definition;

  StubRule(
      String id,
      Trigger on,
      HandshakeScope scope,
      PayloadMatcher match,
      List<ReplyStep> replies,
      String whenState,
      String setState,
      Map<String, JsonElement> remember,
      RepeatRule repeat,
      Framing framing,
      SubprotocolChoice upgrade,
      StubAction action,
      JsonObject definition,
      String origin) {
    this.id = id;
    this.on = on;
    this.scope = scope;
    this.match = match;
    this.replies = replies;
    this.whenState = whenState;
    this.setState = setState;
    this.remember = remember;
    this.repeat = repeat;
    this.framing = framing;
    this.upgrade = upgrade;
    this.action = action;
    this.definition = definition;
    this.budget =
        new FiringBudget(definition.has("times") ? definition.get("times").getAsInt() : null);
    this.origin = origin;
    this.priority =
        origin != null
            ? AFTER_EVERY_TEST_STUB
            : definition.has("priority") ? definition.get("priority").getAsInt() : 5;
  }

  /** A fresh copy with nothing fired, for restoring the stubs loaded at start. */
  StubRule copy() {
    return from(origin);
  }

  /** A fresh copy that comes from {@code origin}, ranked after every stub a test adds. */
  StubRule from(String origin) {
    return new StubRule(
        id,
        on,
        scope,
        match,
        replies,
        whenState,
        setState,
        remember,
        repeat,
        framing,
        upgrade,
        action,
        definition,
        origin);
  }

  /**
   * Whether it is for {@code trigger} on {@code connection} in its present state; the frame is
   * checked apart.
   */
  boolean fits(Trigger trigger, Recipient connection) {
    return on == trigger
        && scope.fits(connection.handshake())
        && (whenState == null || whenState.equals(connection.scenarioState()));
  }

  /**
   * Whether a frame it fired for goes on to the next fitting stub: so it does for a stub that only
   * remembers, sets the state or the framing; {@code "reply":[]} and a Java handler take it.
   */
  boolean passesFrameOn() {
    return !definition.has("reply") && repeat == null && action == null;
  }

  /** The stub as the control API lists it: its definition, its id and how often it fired. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("on", on.name().toLowerCase(java.util.Locale.ROOT));
    json.add("path", definition.has("path") ? definition.get("path") : null);
    definition.entrySet().stream()
        .filter(field -> !field.getKey().equals("on") && !field.getKey().equals("path"))
        .forEach(field -> json.add(field.getKey(), field.getValue().deepCopy()));
    if (on != Trigger.UPGRADE && !json.has("reply")) {
      json.add("reply", new JsonArray());
    }
    if (!json.has("times")) {
      json.add("times", null);
    }
    json.addProperty("fired", budget.fired());
    if (origin != null) {
      json.addProperty("origin", origin);
    }
    return json;
  }
}
