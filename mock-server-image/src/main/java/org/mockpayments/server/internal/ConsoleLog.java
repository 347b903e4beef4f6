package org.mockpayments.server.internal;

import java.io.PrintStream;
import org.mockpayments.server.internal.journal.ConnectionSnapshot;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.journal.JournalEntry;

/** The story of the server on stdout, so {@code docker logs} tells what happened. */
public final class ConsoleLog {
  private static final int MAX_PAYLOAD = 200;
  private final PrintStream out;

  /** A log to {@code out}; with null, a log that words nothing, for the embedded server. */
  ConsoleLog(PrintStream out) {
    this.out = out;
  }

  void info(String line) {
    if (out != null) {
      out.println(line);
    }
  }

  /** One line per journal entry: a frame, a connection opening or closing, a refused upgrade. */
  void entry(JournalEntry entry) {
    if (out == null) {
      return;
    }
    JournalEntry.Event event = entry.event();
    if (event instanceof JournalEntry.Frame) {
      out.println(entry.summary(MAX_PAYLOAD));
    } else if (event instanceof JournalEntry.Opened opened) {
      ConnectionSnapshot connection = opened.connection();
      Handshake handshake = connection.handshake();
      out.println(
          connection.id()
              + " opened "
              + handshake.path()
              + (handshake.query() == null ? "" : "?" + handshake.query())
              + " from "
              + handshake.remoteAddress());
    } else if (event instanceof JournalEntry.Closed closed) {
      ConnectionSnapshot connection = closed.connection();
      out.println(
          connection.id()
              + " closed with code "
              + connection.closeCode()
              + (connection.closeReason() == null || connection.closeReason().isEmpty()
                  ? ""
                  : " " + connection.closeReason()));
    } else if (event instanceof JournalEntry.Refused refused) {
      out.println(
          "refused an upgrade on "
              + refused.attempt().path()
              + " with "
              + refused.attempt().status());
    } else if (event instanceof JournalEntry.HandlerFailed failed) {
      out.println(failed.summary(entry.seq()));
    }
  }
}
