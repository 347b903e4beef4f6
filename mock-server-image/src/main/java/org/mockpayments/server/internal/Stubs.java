package org.mockpayments.server.internal;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The stubs in the order they were added, and the playing of their replies. The stubs loaded at
 * start come back on every reset.
 */
final class Stubs {
  private final List<Stub> stubs = new CopyOnWriteArrayList<>();
  private final List<Stub> loadedAtStart = new ArrayList<>();
  private final ScheduledExecutorService scheduler;
  private final Consumer<String> log;
  private int nextId = 1;

  Stubs(ScheduledExecutorService scheduler, Consumer<String> log) {
    this.scheduler = scheduler;
    this.log = log;
  }

  /** Loads stubs that survive resets, such as those of the start-up stubs file. */
  synchronized void load(List<JsonElement> definitions, String source) {
    for (int i = 0; i < definitions.size(); i++) {
      Stub stub = Stub.parse("s" + nextId++, definitions.get(i), "stub " + i + " of " + source);
      loadedAtStart.add(stub);
      stubs.add(stub.copy());
    }
  }

  synchronized Stub add(JsonElement definition) {
    Stub stub = Stub.parse("s" + nextId, definition, "the stub");
    nextId++;
    stubs.add(stub);
    return stub;
  }

  List<Stub> list() {
    return List.copyOf(stubs);
  }

  void remove(String id) {
    if (!stubs.removeIf(stub -> stub.id.equals(id))) {
      throw ApiException.notFound("There is no stub '" + id + "'.");
    }
  }

  void removeAll() {
    stubs.clear();
  }

  /** Back to the stubs loaded at start, none fired. */
  synchronized void restore() {
    stubs.clear();
    loadedAtStart.forEach(stub -> stubs.add(stub.copy()));
    nextId = loadedAtStart.size() + 1;
  }

  /** Fires the first stub that fits, if any; {@code frame} is null for a connect. */
  void fire(Stub.Trigger trigger, LiveConnection connection, JournalEntry frame) {
    for (Stub stub : stubs) {
      int firing = stub.fits(trigger, connection, frame) ? stub.tryFire() : 0;
      if (firing > 0) {
        if (stub.setState != null) {
          connection.scenarioState(stub.setState);
        }
        Template.Context context = new Template.Context(connection, frame, firing,
            missing -> log.accept("stub " + stub.id + " on " + connection.id + ": the template has no value for "
                + missing + "; sent <missing " + missing + "> in its place"));
        play(stub, connection, context, 0);
        return;
      }
    }
  }

  private void play(Stub stub, LiveConnection connection, Template.Context context, int index) {
    if (index == stub.replies.size()) {
      return;
    }
    Reply reply = stub.replies.get(index);
    Runnable next = () -> {
      if (perform(stub, reply, connection, context)) {
        play(stub, connection, context, index + 1);
      }
    };
    if (reply.delayMs() > 0) {
      scheduler.schedule(next, reply.delayMs(), TimeUnit.MILLISECONDS);
    } else {
      next.run();
    }
  }

  /** Performs one reply; false when the connection is gone and the rest must not be played. */
  private boolean perform(Stub stub, Reply reply, LiveConnection connection, Template.Context context) {
    try {
      switch (reply.kind()) {
        case TEXT -> connection.sendText(reply.renderText(context));
        case BINARY -> connection.sendBinary(reply.bytes());
        case CLOSE -> connection.close(reply.closeCode(), reply.closeReason());
        case DROP -> connection.drop();
      }
      return true;
    } catch (ApiException e) {
      log.accept("stub " + stub.id + " could not reply on " + connection.id + ": " + e.getMessage());
      return false;
    }
  }
}
