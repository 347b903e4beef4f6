package org.mockpayments.server.internal.journal;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import org.mockpayments.server.internal.frames.Direction;
import org.mockpayments.server.internal.frames.Payload;

/**
 * One event in the mock's history, numbered by {@code seq}: one counter for frames, connections
 * opening and closing, and refused upgrades, which never starts again while the server runs, so a
 * seq names one event for good, resets included.
 */
public record JournalEntry(long seq, Instant at, Event event, JsonObject contract) {
  /** An entry nothing was found wrong with. */
  public JournalEntry(long seq, Instant at, Event event) {
    this(seq, at, event, null);
  }

  /** What happened. */
  public sealed interface Event {}

  /**
   * A frame, in either direction; {@code messages} are those of the protocol's messages it
   * completed when its connection has a framing, else null.
   */
  public record Frame(
      String connection, Direction direction, Payload payload, List<Payload> messages)
      implements Event {
    /** A frame of a connection without a framing. */
    public Frame(String connection, Direction direction, Payload payload) {
      this(connection, direction, payload, null);
    }

    /** The messages stubs and matches read: those it completed, or the frame itself. */
    public List<Payload> readAs() {
      return messages == null ? List.of(payload) : messages;
    }
  }

  /** A connection opened; the snapshot is taken at that moment. */
  public record Opened(ConnectionSnapshot connection) implements Event {}

  /** A connection ended; the snapshot holds its close code and reason. */
  public record Closed(ConnectionSnapshot connection) implements Event {}

  /** An upgrade a handshake-rejection rule refused. */
  public record Refused(RefusedUpgrade attempt) implements Event {}

  /**
   * A test's Java handler (the stub {@code stub}) threw {@code error} while it answered the entry
   * {@code cause} on {@code connection}.
   */
  public record HandlerFailed(String connection, String stub, long cause, String error)
      implements Event {
    /** The failure as one line, as the log and the JUnit extension write it. */
    public String summary(long seq) {
      return "#"
          + seq
          + " "
          + connection
          + ": the Java handler of stub "
          + stub
          + " failed answering #"
          + cause
          + ": "
          + error;
    }
  }

  /** The frame this entry records, or null when it records something else. */
  public Frame frame() {
    return event instanceof Frame frame ? frame : null;
  }

  /**
   * A frame entry as one line, the same the log, timeout messages and the Java client write: {@code
   * #3 c1 in text {"a":1}}, with the payload cut to {@code maxPayload} characters.
   */
  public String summary(int maxPayload) {
    Frame frame = frame();
    String payload = frame.payload().summary();
    if (payload.length() > maxPayload) {
      payload = payload.substring(0, maxPayload) + "...(" + payload.length() + " chars)";
    }
    return "#"
        + seq
        + " "
        + frame.connection()
        + " "
        + frame.direction().wireName()
        + " "
        + frame.payload().type().wireName()
        + " "
        + payload;
  }
}
