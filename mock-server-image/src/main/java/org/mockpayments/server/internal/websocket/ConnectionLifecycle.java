package org.mockpayments.server.internal.websocket;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.frames.Direction;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.journal.ConnectionSnapshot;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.json.ApiException;

/**
 * Where one connection is in its life (open, being ended by the mock, closed, forgotten by a reset)
 * and the lock that orders what of it reaches the journal: every frame of the connection is
 * journaled under this object's monitor, so a reset that forgets the connection, or its closing, is
 * never interleaved with one of its frames.
 */
final class ConnectionLifecycle {
  private final String id;
  private final Journal journal;
  private boolean open = true;

  /** The mock has begun to end the connection (close frame sent, dropped or reset). */
  private boolean closing;

  private boolean forgotten;

  /** The close frame this side sent first, if any: it, not the client's echo, says why it ended. */
  private Payload.Close closeSent;

  private Integer closeCode;
  private String closeReason;
  private Instant closedAt;

  ConnectionLifecycle(String id, Journal journal) {
    this.id = id;
    this.journal = journal;
  }

  /** Refuses anything but an open connection with a 409 that says how it ended. */
  synchronized void requireOpen() {
    if (!open) {
      String why =
          closeReason == null || closeReason.isEmpty() ? "" : ", reason '" + closeReason + "'";
      throw ApiException.conflict(
          "Connection "
              + id
              + " is closed (code "
              + closeCode
              + why
              + "); nothing can be sent to it.");
    }
  }

  /** Refuses a send to a connection that is closed, or that the mock is ending. */
  synchronized void requireWritable() {
    requireOpen();
    if (closing) {
      throw ApiException.conflict(
          "Connection "
              + id
              + " is closing: the mock has "
              + (closeSent == null
                  ? "dropped it"
                  : "sent its close frame (" + closeSent.summary() + ")")
              + ", so nothing more can be sent to it.");
    }
  }

  /** The mock sends {@code close}: from now on the connection counts as ending. */
  synchronized void closing(Payload.Close close) {
    requireWritable();
    closing = true;
    closeSent = close;
  }

  /** The mock cuts the connection (drop, TCP reset): from now on it counts as ending. */
  synchronized void cutting() {
    requireOpen();
    closing = true;
  }

  /**
   * Journals a frame the mock sends, answering the entry {@code causeSeq}; false when it must not
   * go out: the connection was forgotten, or a reset cleared its cause. A close that does not go
   * out leaves the connection open, as it was.
   */
  synchronized boolean journalOutgoing(Payload payload, long causeSeq) {
    if (!forgotten
        && journal.append(new JournalEntry.Frame(id, Direction.OUT, payload), causeSeq) != null) {
      return true;
    }
    if (payload == closeSent && !forgotten) {
      closeSent = null;
      closing = false;
    }
    return false;
  }

  /** Journals a frame the client sent; null when a reset has forgotten this connection. */
  synchronized JournalEntry journalIncoming(Payload payload) {
    return journalIncoming(payload, null);
  }

  /** Journals a frame that arrived with the messages it completed, unless it is forgotten. */
  synchronized JournalEntry journalIncoming(Payload payload, List<Payload> messages) {
    return forgotten
        ? null
        : journal.append(new JournalEntry.Frame(id, Direction.IN, payload, messages));
  }

  /** Journals a failure of a Java handler answering {@code causeSeq}, unless it is forgotten. */
  synchronized void journalHandlerFailure(String stubId, long causeSeq, String error) {
    if (!forgotten) {
      journal.append(new JournalEntry.HandlerFailed(id, stubId, causeSeq, error), causeSeq);
    }
  }

  /** Records a close frame Jetty sent on the mock's behalf, such as 1009 for a message too big. */
  synchronized void closedByServer(int code, String reason) {
    if (!open || closeSent != null) {
      return;
    }
    closing = true;
    closeSent = new Payload.Close(code, reason.length() > 100 ? reason.substring(0, 100) : reason);
    if (!forgotten) {
      journal.append(new JournalEntry.Frame(id, Direction.OUT, closeSent));
    }
  }

  /**
   * Records the end with the status Jetty reports, journaling the client's close frame ({@code
   * withCloseFrame}) and the closing in one piece; when this side closed first, its own close
   * frame's status is kept instead of the client's echo. False if it had already ended.
   */
  synchronized boolean closed(int code, String reason, boolean withCloseFrame, Identity identity) {
    if (!open) {
      return false;
    }
    open = false;
    closedAt = Instant.now();
    boolean handshakeCompleted = code != 1006;
    closeCode = closeSent != null && handshakeCompleted ? closeSent.code() : code;
    closeReason = closeSent != null && handshakeCompleted ? closeSent.reason() : reason;
    if (!forgotten) {
      if (withCloseFrame) {
        journal.append(new JournalEntry.Frame(id, Direction.IN, new Payload.Close(code, reason)));
      }
      journal.append(new JournalEntry.Closed(snapshot(identity)));
    }
    return true;
  }

  /** Whether the connection ended with a close handshake (not broken off with 1006). */
  synchronized boolean endedWithHandshake() {
    return !open && closeCode != null && closeCode != 1006;
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

  synchronized ConnectionSnapshot snapshot(Identity identity) {
    return new ConnectionSnapshot(
        id,
        identity.seq(),
        identity.handshake(),
        identity.openedAt(),
        open,
        closeCode,
        closeReason,
        closedAt,
        identity.scenarioState(),
        identity.variables());
  }

  /** What a snapshot takes from the connection besides its life. */
  record Identity(
      long seq,
      Handshake handshake,
      Instant openedAt,
      String scenarioState,
      Map<String, JsonElement> variables) {}
}
