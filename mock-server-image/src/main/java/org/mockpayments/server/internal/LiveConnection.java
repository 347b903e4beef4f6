package org.mockpayments.server.internal;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One accepted WebSocket connection: its handshake, its state, and the only way to write to it.
 * A write is journaled and handed to Jetty in one piece (see {@link FreezeValve}), so the
 * journal's order of outgoing frames is the order on the wire.
 *
 * <p>A reset may forget a connection that is closed, or that the mock is closing; from then on
 * nothing of it reaches the journal, so nothing from before a reset appears after it.
 */
final class LiveConnection {
  /** A write asked for: journaled when it goes out (at once, or on release when frozen), then written. */
  record Write(CompletableFuture<Void> journaled, CompletableFuture<Void> written) {}

  final String id;
  final long seq;
  final Handshake handshake;
  final Instant openedAt = Instant.now();
  private final Journal journal;
  private final FreezeValve valve;
  private final EndPoint endPoint;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private final Deque<Long> pingsInFlight = new ArrayDeque<>();
  private volatile Session session;
  private boolean open = true;
  /** The mock has begun to end the connection (close frame sent, dropped or reset). */
  private boolean closing;
  private boolean forgotten;
  private boolean autoPong = true;
  private String scenarioState = "started";
  /** The close frame this side sent first, if any: it, not the client's echo, says why it ended. */
  private Payload.Close closeSent;
  private Integer closeCode;
  private String closeReason;
  private Instant closedAt;

  LiveConnection(String id, long seq, Handshake handshake, Journal journal, FreezeValve valve, EndPoint endPoint) {
    this.id = id;
    this.seq = seq;
    this.handshake = handshake;
    this.journal = journal;
    this.valve = valve;
    this.endPoint = endPoint;
  }

  void attach(Session session) {
    this.session = session;
    valve.attach();
  }

  /**
   * Sends a text frame. {@code causeSeq} is the journal entry it answers ({@link Journal#NO_CAUSE}
   * for a push): if a reset clears that entry before the frame goes out, it is not sent.
   */
  Write sendText(String text, long causeSeq) {
    return write(new Payload.Text(text), (s, callback) -> s.sendText(text, callback), causeSeq);
  }

  /** Sends a binary frame; {@code causeSeq} as for {@link #sendText}. */
  Write sendBinary(Bytes bytes, long causeSeq) {
    return write(new Payload.Binary(bytes), (s, callback) -> s.sendBinary(bytes.toBuffer(), callback), causeSeq);
  }

  Write ping(Bytes bytes) {
    return write(new Payload.Ping(bytes), (s, callback) -> {
      synchronized (this) {
        pingsInFlight.add(System.nanoTime());
      }
      s.sendPing(bytes.toBuffer(), callback);
    }, Journal.NO_CAUSE);
  }

  Write pong(Bytes bytes, long causeSeq) {
    return write(new Payload.Pong(bytes, null), (s, callback) -> s.sendPong(bytes.toBuffer(), callback), causeSeq);
  }

  /** Sends a close frame, from then on the connection counts as ending; {@code causeSeq} as for {@link #sendText}. */
  Write close(int code, String reason, long causeSeq) {
    Payload.Close close = new Payload.Close(code, reason);
    synchronized (this) {
      requireWritable();
      closing = true;
      closeSent = close;
    }
    return enqueue(close, (s, callback) -> s.close(code, reason, afterHandshake(callback)), causeSeq);
  }

  /**
   * A close frame's callback that counts a completed close handshake as success: Jetty may fail the
   * write after the client's echo has arrived and the connection is being torn down, though the
   * frame did go out.
   */
  private Callback afterHandshake(Callback callback) {
    return Callback.from(callback::succeed, cause -> {
      synchronized (this) {
        if (!open && closeCode != null && closeCode != 1006) {
          callback.succeed();
          return;
        }
      }
      callback.fail(cause);
    });
  }

  /** Records a close frame Jetty sent on the mock's behalf, such as 1009 for a message too big. */
  void closedByServer(int code, String reason) {
    String shortReason = reason.length() > 100 ? reason.substring(0, 100) : reason;
    synchronized (this) {
      if (!open || closeSent != null) {
        return;
      }
      closing = true;
      closeSent = new Payload.Close(code, shortReason);
      journalUnlessForgotten(new JournalEntry.Frame(id, Direction.OUT, closeSent));
    }
  }

  /** Ends the TCP connection with no close handshake, as a network failure would, frozen or not. */
  void drop() {
    synchronized (this) {
      requireOpen();
      closing = true;
    }
    valve.cut(() -> session.disconnect());
  }

  /** Resets the TCP connection (RST, not FIN): the client's next read or write fails at once. */
  void resetTcp() {
    synchronized (this) {
      requireOpen();
      closing = true;
    }
    EndPoint raw = endPoint;
    while (raw instanceof EndPoint.Wrapper wrapper) {
      raw = wrapper.unwrap();
    }
    if (raw instanceof SocketChannelEndPoint socket) {
      try {
        socket.getChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
      } catch (IOException e) {
        // Closing below still ends the connection, with a FIN instead of a RST.
      }
    }
    raw.close();
  }

  /** Stops reading and writing, keeping the socket open (half-open), until {@link #release}. */
  void freeze() {
    synchronized (this) {
      requireOpen();
    }
    valve.freeze();
  }

  /** Reads and writes again: queued writes go out in order, held frames are handled. */
  void release() {
    synchronized (this) {
      requireOpen();
    }
    valve.release();
  }

  boolean isFrozen() {
    return valve.isFrozen();
  }

  /** Delays everything pushed to this connection by {@code millis}, as a slow network would. */
  void latency(long millis) {
    synchronized (this) {
      requireOpen();
    }
    valve.latency(millis);
  }

  /** Whether a ping from the client is answered with a pong (the default) or ignored. */
  synchronized void autoPong(boolean on) {
    requireOpen();
    autoPong = on;
  }

  synchronized boolean autoPong() {
    return autoPong;
  }

  synchronized String scenarioState() {
    return scenarioState;
  }

  synchronized void scenarioState(String state) {
    scenarioState = state;
  }

  /** Journals a frame the client sent; null when a reset has forgotten this connection. */
  synchronized JournalEntry received(Payload payload) {
    return journalUnlessForgotten(new JournalEntry.Frame(id, Direction.IN, payload));
  }

  /** The round trip of the oldest ping still waiting for its pong, in ms, or null if none. */
  synchronized Double pongArrived() {
    Long sentAt = pingsInFlight.poll();
    return sentAt == null ? null : (System.nanoTime() - sentAt) / 1e6;
  }

  /** Handles a frame read from the client now, or on release when frozen. */
  void whenReadable(Runnable handling) {
    valve.read(handling);
  }

  /** Asks Jetty for the next frame now, or on release when frozen. */
  void demand(Runnable demand) {
    valve.demand(demand);
  }

  /**
   * Records the end of the connection with the status Jetty reports, journaling the client's close
   * frame ({@code withCloseFrame}) and the closing in one piece; when this side closed first, its
   * own close frame's status is kept instead of the client's echo. False if it had already ended.
   */
  synchronized boolean markClosed(int code, String reason, boolean withCloseFrame) {
    if (!open) {
      return false;
    }
    open = false;
    closedAt = Instant.now();
    boolean handshakeCompleted = code != 1006;
    closeCode = closeSent != null && handshakeCompleted ? closeSent.code() : code;
    closeReason = closeSent != null && handshakeCompleted ? closeSent.reason() : reason;
    if (withCloseFrame) {
      journalUnlessForgotten(new JournalEntry.Frame(id, Direction.IN, new Payload.Close(code, reason)));
    }
    journalUnlessForgotten(new JournalEntry.Closed(snapshot()));
    return true;
  }

  /** Completes the future of {@link #closed()}; called after {@link #markClosed}, outside any lock. */
  void completeClosed() {
    closed.complete(null);
  }

  /** Completes once the connection is closed. */
  CompletableFuture<Void> closed() {
    return closed;
  }

  synchronized boolean isOpen() {
    return open;
  }

  /** Whether a reset may forget it: it has ended, or the mock has begun to end it. */
  synchronized boolean isEnding() {
    return !open || closing;
  }

  /** Whether the mock is ending it while it is still open (so a reset need not close it again). */
  synchronized boolean isClosing() {
    return open && closing;
  }

  /** From now on nothing of this connection reaches the journal. */
  synchronized void forget() {
    forgotten = true;
  }

  synchronized ConnectionSnapshot snapshot() {
    return new ConnectionSnapshot(id, seq, handshake, openedAt, open, closeCode, closeReason, closedAt, scenarioState);
  }

  private Write write(Payload payload, BiConsumer<Session, Callback> send, long causeSeq) {
    synchronized (this) {
      requireWritable();
    }
    return enqueue(payload, send, causeSeq);
  }

  private Write enqueue(Payload payload, BiConsumer<Session, Callback> send, long causeSeq) {
    Write write = new Write(new CompletableFuture<>(), new CompletableFuture<>());
    valve.write(() -> {
      synchronized (this) {
        if (forgotten || journal.append(new JournalEntry.Frame(id, Direction.OUT, payload), causeSeq) == null) {
          if (payload == closeSent && !forgotten) {
            // The close was never sent: the connection is not ending after all.
            closeSent = null;
            closing = false;
          }
          write.written().completeExceptionally(ApiException.conflict("The frame to connection " + id
              + " was not sent: a reset came first (" + payload.type().wireName() + " " + payload.summary() + ")."));
          return;
        }
      }
      write.journaled().complete(null);
      send.accept(session, completing(write.written()));
    });
    return write;
  }

  private JournalEntry journalUnlessForgotten(JournalEntry.Event event) {
    return forgotten ? null : journal.append(event);
  }

  private void requireOpen() {
    if (!open) {
      String why = closeReason == null || closeReason.isEmpty() ? "" : ", reason '" + closeReason + "'";
      throw ApiException.conflict(
          "Connection " + id + " is closed (code " + closeCode + why + "); nothing can be sent to it.");
    }
  }

  private void requireWritable() {
    requireOpen();
    if (closing) {
      throw ApiException.conflict("Connection " + id + " is closing: the mock has "
          + (closeSent == null ? "dropped it" : "sent its close frame (" + closeSent.summary() + ")")
          + ", so nothing more can be sent to it.");
    }
  }

  private Callback completing(CompletableFuture<Void> written) {
    return Callback.from(
        () -> written.complete(null),
        cause -> written.completeExceptionally(ApiException.conflict(
            "Connection " + id + " closed before the frame could be written (" + cause + ").")));
  }
}
