package org.mockpayments.server.internal.websocket;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.websocket.api.Session;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.framing.Framing;
import org.mockpayments.server.internal.framing.MessageSplitter;
import org.mockpayments.server.internal.journal.ConnectionSnapshot;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.scripting.Recipient;

/**
 * One accepted WebSocket connection: its handshake, and the only way to write to it. A write is
 * journaled and handed to Jetty in one piece (see {@link FreezeValve}), so the journal's order of
 * outgoing frames is the order on the wire; its life and what of it reaches the journal is kept by
 * a {@link ConnectionLifecycle}.
 */
public final class LiveConnection {
  private final String id;
  private final long seq;
  private final Handshake handshake;
  private final Instant openedAt = Instant.now();
  private final ConnectionLifecycle life;
  private final FreezeValve valve;
  private final Outbox outbox;
  private final EndPoint endPoint;
  private final KeepAlive keepAlive = new KeepAlive();
  private final Faults faults;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private final Recipient recipient = new StubRecipient(this);
  private final ScriptMemory memory = new ScriptMemory();
  private volatile MessageSplitter splitter;

  LiveConnection(
      String id,
      long seq,
      Handshake handshake,
      Journal journal,
      FreezeValve valve,
      EndPoint endPoint) {
    this.id = id;
    this.seq = seq;
    this.handshake = handshake;
    this.life = new ConnectionLifecycle(id, journal);
    this.valve = valve;
    this.outbox = new Outbox(id, life, valve);
    this.faults = new Faults(this, life, valve);
    this.endPoint = endPoint;
  }

  public String id() {
    return id;
  }

  /** The place of the connection's opening in the history. */
  public long seq() {
    return seq;
  }

  public Handshake handshake() {
    return handshake;
  }

  public Instant openedAt() {
    return openedAt;
  }

  /** This connection as its stubs see it; always the same object. */
  public Recipient recipient() {
    return recipient;
  }

  void attach(Session session) {
    outbox.attach(session);
  }

  /** Its life: open, ending, closed, forgotten; and what of it may reach the journal. */
  ConnectionLifecycle life() {
    return life;
  }

  /**
   * Sends a text frame. {@code causeSeq} is the journal entry it answers ({@link Journal#NO_CAUSE}
   * for a push): if a reset clears that entry before the frame goes out, it is not sent.
   */
  public PendingWrite sendText(String text, long causeSeq) {
    life.requireWritable();
    return outbox.send(
        new Payload.Text(text), (s, callback) -> s.sendText(text, callback), causeSeq);
  }

  /** Sends a binary frame; {@code causeSeq} as for {@link #sendText}. */
  public PendingWrite sendBinary(Bytes bytes, long causeSeq) {
    life.requireWritable();
    return outbox.send(
        new Payload.Binary(bytes),
        (s, callback) -> s.sendBinary(bytes.toBuffer(), callback),
        causeSeq);
  }

  public PendingWrite ping(Bytes bytes) {
    life.requireWritable();
    return outbox.send(
        new Payload.Ping(bytes),
        (s, callback) -> {
          keepAlive.pingSent();
          s.sendPing(bytes.toBuffer(), callback);
        },
        Journal.NO_CAUSE);
  }

  PendingWrite pong(Bytes bytes, long causeSeq) {
    life.requireWritable();
    return outbox.send(
        new Payload.Pong(bytes, null),
        (s, callback) -> s.sendPong(bytes.toBuffer(), callback),
        causeSeq);
  }

  /**
   * Sends a close frame, from then on the connection counts as ending; {@code causeSeq} as for
   * {@link #sendText}.
   */
  public PendingWrite close(int code, String reason, long causeSeq) {
    Payload.Close close = new Payload.Close(code, reason);
    life.closing(close);
    return outbox.send(
        close, (s, callback) -> s.close(code, reason, outbox.afterHandshake(callback)), causeSeq);
  }

  /** Ends the TCP connection with no close handshake, as a network failure would, frozen or not. */
  public void drop() {
    life.cutting();
    valve.cut(() -> outbox.session().disconnect());
  }

  /** The ways the mock breaks this connection on purpose. */
  public Faults faults() {
    return faults;
  }

  EndPoint endPoint() {
    return endPoint;
  }

  KeepAlive keepAlive() {
    return keepAlive;
  }

  /** Lets frames read from the client, and the demand for the next, through when not frozen. */
  FreezeValve valve() {
    return valve;
  }

  /** What stubs keep about this connection. */
  /** Cuts the frames that arrive from now on as {@code framing} says, nothing carried over. */
  void framing(Framing framing) {
    splitter = framing.newSplitter();
  }

  /** The messages {@code frame} completes, or null when the connection has no framing. */
  List<Payload> messagesOf(Payload frame) {
    MessageSplitter current = splitter;
    return current == null ? null : current.split(frame);
  }

  ScriptMemory memory() {
    return memory;
  }

  /**
   * Records the end with the status Jetty reports (see {@link ConnectionLifecycle#closed}), then
   * completes {@link #closed()}, outside the lock of whoever calls this in turn.
   */
  boolean markClosed(int code, String reason, boolean withCloseFrame) {
    return life.closed(code, reason, withCloseFrame, identity());
  }

  void completeClosed() {
    closed.complete(null);
  }

  /** Completes once the connection is closed. */
  public CompletableFuture<Void> closed() {
    return closed;
  }

  public boolean isOpen() {
    return life.isOpen();
  }

  /** Whether the mock is ending it while it is still open (so a reset need not close it again). */
  public boolean isClosing() {
    return life.isClosing();
  }

  public ConnectionSnapshot snapshot() {
    return life.snapshot(identity());
  }

  private ConnectionLifecycle.Identity identity() {
    return new ConnectionLifecycle.Identity(
        seq, handshake, openedAt, memory.scenarioState(), memory.variables());
  }
}
