package org.mockpayments.server.internal.websocket;

import java.util.function.Consumer;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.proxy.Downstream;

/**
 * The client's side of a proxied connection: the target's frames go out through the connection like
 * any push (journaled, frozen, delayed, as its faults say), and its close ends the connection the
 * same way.
 */
final class ClientSide implements Downstream {
  private final LiveConnection connection;
  private final Consumer<String> log;

  ClientSide(LiveConnection connection, Consumer<String> log) {
    this.connection = connection;
    this.log = log;
  }

  @Override
  public void frame(Payload payload) {
    try {
      if (payload instanceof Payload.Text text) {
        connection.sendText(text.text(), Journal.NO_CAUSE);
      } else if (payload instanceof Payload.Binary binary) {
        connection.sendBinary(binary.bytes(), Journal.NO_CAUSE);
      }
    } catch (ApiException closing) {
      log.accept(
          connection.id() + ": a frame of the proxy target was not sent: " + closing.getMessage());
    }
  }

  @Override
  public void closed(int code, String reason) {
    try {
      if (code == 1006 || code == 1015) {
        connection.drop();
      } else {
        connection.close(code, reason, Journal.NO_CAUSE);
      }
    } catch (ApiException alreadyEnding) {
      // The client's side ended first; nothing is left to close.
    }
  }
}
