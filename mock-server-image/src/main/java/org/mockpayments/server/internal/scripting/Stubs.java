package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.mockpayments.server.internal.frames.FrameView;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.template.Context;
import org.mockpayments.server.internal.template.Template;

/**
 * The stubs in the order they are tried (by priority, then as they were added), and the firing of
 * their replies. The stubs loaded at start come back on every reset; replies not yet sent are
 * cancelled when their stub is removed, when their connection closes and on reset.
 */
public final class Stubs {
  private final List<StubRule> stubs = new CopyOnWriteArrayList<>();
  private final List<StubRule> loadedAtStart = new ArrayList<>();
  private final Playbacks playbacks = new Playbacks();
  private final ScheduledExecutorService scheduler;
  private final Consumer<String> log;
  private int nextId = 1;

  public Stubs(ScheduledExecutorService scheduler, Consumer<String> log) {
    this.scheduler = scheduler;
    this.log = log;
  }

  /** Loads stubs that survive resets, such as those of the start-up stubs file. */
  public synchronized void load(List<JsonElement> definitions, String source) {
    for (int i = 0; i < definitions.size(); i++) {
      StubRule stub =
          StubParser.parse("s" + nextId++, definitions.get(i), "stub " + i + " of " + source);
      loadedAtStart.add(stub);
      insert(stub.copy());
    }
  }

  /**
   * Adds stubs that come from {@code origin} (a contract's operation) rather than from the test:
   * they rank after every stub of a test, and with {@code atStart} they come back on every reset.
   */
  public synchronized List<StubRule> addFrom(
      String origin, List<JsonElement> definitions, boolean atStart) {
    List<StubRule> added = new ArrayList<>();
    for (int i = 0; i < definitions.size(); i++) {
      StubRule stub =
          StubParser.parse("s" + nextId++, definitions.get(i), "stub " + i + " of " + origin)
              .from(origin);
      if (atStart) {
        loadedAtStart.add(stub);
      }
      insert(stub.copy());
      added.add(stub);
    }
    return added;
  }

  /**
   * Removes the stubs that come from an origin starting with {@code prefix}, as {@link #remove}.
   */
  public void removeFrom(String prefix) {
    List<String> ids;
    synchronized (this) {
      ids =
          stubs.stream()
              .filter(stub -> stub.origin != null && stub.origin.startsWith(prefix))
              .map(stub -> stub.id)
              .toList();
      stubs.removeIf(stub -> ids.contains(stub.id));
    }
    ids.forEach(playbacks::cancelStub);
  }

  /**
   * Adds a stub that answers the messages {@code match} fits with {@code action}, a test's Java
   * handler, described in listings as {@code handler}; it is removed on reset like any stub a test
   * adds.
   *
   * @throws org.mockpayments.server.internal.json.ApiException for a match that is not valid
   */
  public synchronized StubRule addAction(JsonElement match, String handler, StubAction action) {
    String id = "s" + nextId;
    JsonObject definition = new JsonObject();
    definition.addProperty("on", "message");
    definition.add("match", match.deepCopy());
    definition.addProperty("handler", handler);
    StubRule stub =
        new StubRule(
            id,
            StubRule.Trigger.MESSAGE,
            HandshakeScope.ANY,
            PayloadMatcher.parse(match, "the handler's match"),
            List.of(),
            null,
            null,
            Map.of(),
            null,
            null,
            null,
            action,
            definition,
            null);
    nextId++;
    insert(stub);
    return stub;
  }

  public synchronized StubRule add(JsonElement definition) {
    StubRule stub = StubParser.parse("s" + nextId, definition, "the stub");
    nextId++;
    insert(stub);
    return stub;
  }

  /**
   * Puts {@code stub} after every stub of its priority or a higher one (a lower number). Every
   * change of the list happens under this object's lock, so the place found is still the place.
   */
  private synchronized void insert(StubRule stub) {
    int index = 0;
    while (index < stubs.size() && stubs.get(index).priority <= stub.priority) {
      index++;
    }
    stubs.add(index, stub);
  }

  public List<StubRule> list() {
    return List.copyOf(stubs);
  }

  /** Removes a stub; once this returns, none of its replies is sent any more. */
  public void remove(String id) {
    synchronized (this) {
      if (!stubs.removeIf(stub -> stub.id.equals(id))) {
        throw ApiException.notFound(
            "There is no stub '"
                + id
                + "'. Known: "
                + stubs.stream().map(stub -> stub.id).toList()
                + ".");
      }
    }
    playbacks.cancelStub(id);
  }

  public void removeAll() {
    synchronized (this) {
      stubs.clear();
    }
    playbacks.cancelAll();
  }

  /** Back to the stubs loaded at start, none fired; replies not yet sent are cancelled. */
  public synchronized void restore() {
    playbacks.cancelAll();
    stubs.clear();
    loadedAtStart.forEach(stub -> insert(stub.copy()));
    nextId = loadedAtStart.size() + 1;
  }

  /** The replies to {@code connection} not yet sent are cancelled: it has closed. */
  public void connectionClosed(Recipient connection) {
    playbacks.cancelConnection(connection);
  }

  /**
   * Fires the first stub that fits, if any. {@code causeSeq} is the journal entry that triggers it:
   * the connection's opening, or the frame that arrived ({@code payload}, null for a connect). A
   * frame first ends the repeats on its connection whose {@code until} it fits. A stub with no
   * {@code reply} and no {@code repeat} (only {@code remember} or {@code setState}) does its part
   * and lets the next fitting stub fire too, in the state it left. Returns whether a stub fired.
   */
  public boolean fire(
      StubRule.Trigger trigger, Recipient connection, long causeSeq, Payload payload) {
    if (payload != null) {
      playbacks.frameArrived(connection, payload);
    }
    boolean fired = false;
    for (StubRule stub : stubs) {
      if (!stub.fits(trigger, connection)) {
        continue;
      }
      FrameView frame = payload == null ? null : stub.match.match(payload);
      int firing = payload != null && frame == null ? 0 : stub.budget.tryFire();
      if (firing > 0) {
        perform(
            stub,
            connection,
            new Context(
                connection.id(),
                connection.handshake(),
                connection::variable,
                frame,
                firing,
                0,
                null,
                missing ->
                    log.accept(
                        "stub "
                            + stub.id
                            + " on "
                            + connection.id()
                            + ": the template has no value for "
                            + missing
                            + "; sent <missing "
                            + missing
                            + "> in its place")),
            causeSeq);
        if (!stub.passesFrameOn()) {
          return true;
        }
        fired = true;
      }
    }
    return fired;
  }

  private void perform(StubRule stub, Recipient connection, Context context, long causeSeq) {
    if (stub.framing != null) {
      connection.framing(stub.framing);
    }
    stub.remember.forEach(
        (name, value) -> connection.remember(name, Template.json(value, context)));
    if (stub.setState != null) {
      connection.scenarioState(Template.text(stub.setState, context));
    }
    if (stub.action != null) {
      stub.action.perform(stub.id, context.frame(), connection, causeSeq);
    }
    if (!stub.replies.isEmpty() || stub.repeat != null) {
      playbacks.start(
          new Playback(stub, connection, context, causeSeq, scheduler, log, playbacks::ended));
    }
  }

  /**
   * How to answer an upgrade on {@code handshake} (its subprotocol not yet chosen) that offers
   * {@code offered}: the first upgrade stub that fits decides; without one, the first offered
   * subprotocol is accepted.
   */
  public UpgradeDecision upgrade(Handshake handshake, List<String> offered) {
    for (StubRule stub : stubs) {
      if (stub.on == StubRule.Trigger.UPGRADE
          && stub.scope.fits(handshake)
          && stub.budget.tryFire() > 0) {
        SubprotocolChoice choice = stub.upgrade;
        for (String subprotocol : choice.subprotocols()) {
          if (offered.contains(subprotocol)) {
            return new UpgradeDecision(stub.id, subprotocol, null, null);
          }
        }
        return new UpgradeDecision(stub.id, null, choice.refusal(), choice.close());
      }
    }
    return new UpgradeDecision(null, offered.isEmpty() ? null : offered.get(0), null, null);
  }
}
