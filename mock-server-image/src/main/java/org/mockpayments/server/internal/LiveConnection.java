package org.mockpayments.server.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One accepted WebSocket connection: its handshake facts, its state, and the only way to write to
 * it. Every write is journaled and handed to Jetty under this object's lock, so the journal's order
 * of outgoing frames is the order on the wire.
 */
final class LiveConnection {
  enum State {
    OPEN,
    CLOSED
  }

  final String id;
  final Handshake handshake;
  final Instant openedAt = Instant.now();
  private final Journal journal;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  /** Writes asked for before Jetty opened the session or while frozen; replayed in order. */
  private final List<Runnable> deferred = new ArrayList<>();
  private final java.util.ArrayDeque<Long> pingsInFlight = new java.util.ArrayDeque<>();
  private final java.util.concurrent.ScheduledExecutorService scheduler;
  private final EndPoint endPoint;
  private Session session;
  private boolean frozen;
  private Runnable pendingDemand;
  /** Frames Jetty had already read when the connection froze; handled on release, in order. */
  private final List<Runnable> heldIncoming = new ArrayList<>();
  private boolean autoPong = true;
  private long sendDelayMs;
  private String scenarioState = "started";
  private State state = State.OPEN;
  private Integer closeCode;
  private String closeReason;
  private Instant closedAt;
  /** The close frame this side sent first, if any: it, not the client's echo, says why it ended. */
  private CloseRequest closeSent;

  LiveConnection(String id, Handshake handshake, Journal journal,
      java.util.concurrent.ScheduledExecutorService scheduler, EndPoint endPoint) {
    this.id = id;
    this.handshake = handshake;
    this.journal = journal;
    this.scheduler = scheduler;
    this.endPoint = endPoint;
  }

  /** The facts of the upgrade request that the control API reports. */
  record Handshake(String path, String query, Map<String, List<String>> headers, String subprotocol, String remoteAddress) {}

  synchronized void attach(Session session) {
    this.session = session;
    flushDeferred();
  }

  /** Stops reading and writing, keeping the socket open (half-open), until {@link #release}. */
  synchronized void freeze() {
    requireOpen();
    frozen = true;
  }

  /** Reads and writes again: queued writes go out in order, held frames are handled, reading resumes. */
  void release() {
    List<Runnable> held;
    Runnable demand;
    synchronized (this) {
      requireOpen();
      frozen = false;
      if (session != null) {
        flushDeferred();
      }
      held = new ArrayList<>(heldIncoming);
      heldIncoming.clear();
      demand = pendingDemand;
      pendingDemand = null;
    }
    held.forEach(Runnable::run);
    if (demand != null) {
      demand.run();
    }
  }

  /** Handles an incoming frame now, or on release when the connection is frozen. */
  void whenReadable(Runnable handling) {
    synchronized (this) {
      if (frozen) {
        heldIncoming.add(handling);
        return;
      }
    }
    handling.run();
  }

  /** Asks Jetty for the next frame now, or once released when the connection is frozen. */
  synchronized void demand(Runnable demand) {
    if (frozen) {
      pendingDemand = demand;
    } else {
      demand.run();
    }
  }

  synchronized String scenarioState() {
    return scenarioState;
  }

  synchronized void scenarioState(String state) {
    scenarioState = state;
  }

  /** Whether a ping from the client is answered with a pong (the default) or ignored. */
  synchronized void autoPong(boolean on) {
    requireOpen();
    autoPong = on;
  }

  synchronized boolean autoPong() {
    return autoPong;
  }

  /** Delays everything pushed to this connection by {@code millis}, as a slow network would. */
  synchronized void sendDelay(long millis) {
    requireOpen();
    sendDelayMs = millis;
  }

  /** The round trip of the oldest ping still waiting for its pong, in ms, or null if none. */
  synchronized Double pongArrived() {
    Long sentAt = pingsInFlight.poll();
    return sentAt == null ? null : (System.nanoTime() - sentAt) / 1e6;
  }

  private void flushDeferred() {
    List<Runnable> queued = new ArrayList<>(deferred);
    deferred.clear();
    queued.forEach(Runnable::run);
  }

  CompletableFuture<Void> sendText(String text) {
    return write(FrameType.TEXT, text, null, (s, cb) -> s.sendText(text, cb));
  }

  CompletableFuture<Void> sendBinary(byte[] bytes) {
    return write(FrameType.BINARY, null, bytes, (s, cb) -> s.sendBinary(ByteBuffer.wrap(bytes), cb));
  }

  CompletableFuture<Void> ping(byte[] bytes) {
    return write(FrameType.PING, null, bytes, (s, cb) -> {
      pingsInFlight.add(System.nanoTime());
      s.sendPing(ByteBuffer.wrap(bytes), cb);
    });
  }

  CompletableFuture<Void> pong(byte[] bytes) {
    return write(FrameType.PONG, null, bytes, (s, cb) -> s.sendPong(ByteBuffer.wrap(bytes), cb));
  }

  /** Sends a close frame; completes when it is written. */
  CompletableFuture<Void> close(int code, String reason) {
    CompletableFuture<Void> written = new CompletableFuture<>();
    synchronized (this) {
      requireOpen();
      if (closeSent == null) {
        closeSent = new CloseRequest(code, reason);
      }
      Runnable action = () -> {
        journal.append(id, JournalEntry.Direction.OUT, FrameType.CLOSE, null, null, code, reason);
        session.close(code, reason, completing(written));
      };
      runOrDefer(action);
    }
    return written;
  }

  /** Records a close frame that Jetty sent on the mock's behalf, such as 1009 for a message too big. */
  void closedByServer(int code, String reason) {
    String shortReason = reason.length() > 100 ? reason.substring(0, 100) : reason;
    synchronized (this) {
      if (state != State.OPEN || closeSent != null) {
        return;
      }
      closeSent = new CloseRequest(code, shortReason);
      journal.append(id, JournalEntry.Direction.OUT, FrameType.CLOSE, null, null, code, shortReason);
    }
  }

  /** Ends the TCP connection with no close handshake, as a network failure would. */
  synchronized void drop() {
    requireOpen();
    frozen = false;
    if (session == null) {
      deferred.add(() -> session.disconnect());
    } else {
      session.disconnect();
    }
  }

  /** Resets the TCP connection (RST, not FIN): the client's next read or write fails at once. */
  synchronized void resetTcp() {
    requireOpen();
    EndPoint raw = endPoint;
    while (raw instanceof EndPoint.Wrapper wrapper) {
      raw = wrapper.unwrap();
    }
    if (raw instanceof SocketChannelEndPoint socket) {
      try {
        socket.getChannel().setOption(java.net.StandardSocketOptions.SO_LINGER, 0);
      } catch (java.io.IOException e) {
        // Closing below still ends the connection, with a FIN instead of a RST.
      }
    }
    raw.close();
  }

  /**
   * Records the end of the connection with the status Jetty reports; when this side closed first,
   * its own close frame's status is kept instead of the client's echo.
   */
  void markClosed(int code, String reason) {
    synchronized (this) {
      if (state == State.CLOSED) {
        return;
      }
      state = State.CLOSED;
      closedAt = Instant.now();
      boolean handshakeCompleted = code != 1006;
      closeCode = closeSent != null && handshakeCompleted ? closeSent.code() : code;
      closeReason = closeSent != null && handshakeCompleted ? closeSent.reason() : reason;
    }
    closed.complete(null);
  }

  /** Completes once the connection is closed. */
  CompletableFuture<Void> closed() {
    return closed;
  }

  synchronized boolean isOpen() {
    return state == State.OPEN;
  }

  synchronized JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("path", handshake.path());
    json.addProperty("query", handshake.query());
    JsonObject headers = new JsonObject();
    handshake.headers().forEach((name, values) -> {
      JsonArray array = new JsonArray();
      values.forEach(array::add);
      headers.add(name, array);
    });
    json.add("headers", headers);
    json.addProperty("subprotocol", handshake.subprotocol());
    json.addProperty("remoteAddress", handshake.remoteAddress());
    json.addProperty("openedAt", openedAt.toString());
    json.addProperty("state", state.name());
    json.addProperty("closeCode", closeCode);
    json.addProperty("closeReason", closeReason);
    json.addProperty("closedAt", closedAt == null ? null : closedAt.toString());
    json.addProperty("scenarioState", scenarioState);
    return json;
  }

  private interface SessionWrite {
    void write(Session session, Callback callback);
  }

  private CompletableFuture<Void> write(FrameType type, String text, byte[] bytes, SessionWrite write) {
    CompletableFuture<Void> written = new CompletableFuture<>();
    synchronized (this) {
      requireOpen();
      runOrDefer(() -> {
        journal.append(id, JournalEntry.Direction.OUT, type, text, bytes, null, null);
        write.write(session, completing(written));
      });
    }
    return written;
  }

  private void runOrDefer(Runnable action) {
    if (session == null || frozen) {
      deferred.add(action);
    } else if (sendDelayMs > 0) {
      // Equal delays keep the order: the scheduler runs tasks due at the same time first come, first served.
      scheduler.schedule(() -> {
        synchronized (this) {
          if (frozen) {
            deferred.add(action);
          } else {
            action.run();
          }
        }
      }, sendDelayMs, java.util.concurrent.TimeUnit.MILLISECONDS);
    } else {
      action.run();
    }
  }

  private void requireOpen() {
    if (state != State.OPEN) {
      String why = closeReason == null || closeReason.isEmpty() ? "" : ", reason '" + closeReason + "'";
      throw ApiException.conflict(
          "Connection " + id + " is closed (code " + closeCode + why + "); nothing can be sent to it.");
    }
  }

  private Callback completing(CompletableFuture<Void> written) {
    return Callback.from(
        () -> written.complete(null),
        cause -> written.completeExceptionally(ApiException.conflict(
            "Connection " + id + " closed before the frame could be written (" + cause.getMessage() + ").")));
  }
}
