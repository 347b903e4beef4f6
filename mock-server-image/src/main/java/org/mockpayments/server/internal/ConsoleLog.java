package org.mockpayments.server.internal;

import java.io.PrintStream;

/** The story of the server on stdout, so {@code docker logs} tells what happened. */
final class ConsoleLog {
  private static final int MAX_PAYLOAD = 200;
  private final PrintStream out;

  ConsoleLog(PrintStream out) {
    this.out = out;
  }

  void info(String line) {
    out.println(line);
  }

  void frame(JournalEntry entry) {
    out.println(entry.summary(MAX_PAYLOAD));
  }

  void connection(LiveConnection connection) {
    var json = connection.toJson();
    if (connection.isOpen()) {
      String query = connection.handshake.query() == null ? "" : "?" + connection.handshake.query();
      out.println(connection.id + " opened " + connection.handshake.path() + query + " from " + connection.handshake.remoteAddress());
    } else {
      out.println(connection.id + " closed with code " + json.get("closeCode") + " " + json.get("closeReason"));
    }
  }
}
