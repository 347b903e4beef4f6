package org.mockpayments.server.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.exceptions.CloseException;

/**
 * The server side of one WebSocket connection: journals what arrives and fires stubs. Public only
 * because Jetty calls its listener methods through public method handles.
 *
 * <p>Demand is explicit rather than automatic: the next frame is read only after the current one is
 * journaled and its stub replies are queued, so replies keep the order of the frames they answer.
 */
public final class MockEndpoint implements Session.Listener {
  private final Mock mock;
  private final LiveConnection connection;
  /** The seq of the connection's opening, which fires its connect stubs. */
  private final long openingSeq;
  private Session session;

  MockEndpoint(Mock mock, LiveConnection connection, long openingSeq) {
    this.mock = mock;
    this.connection = connection;
    this.openingSeq = openingSeq;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    connection.attach(session);
    mock.stubs.fire(Stub.Trigger.CONNECT, connection, openingSeq, null);
    demand();
  }

  @Override
  public void onWebSocketText(String text) {
    connection.whenReadable(() -> received(new Payload.Text(text)));
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    Bytes bytes = Bytes.from(payload);
    callback.succeed();
    connection.whenReadable(() -> received(new Payload.Binary(bytes)));
  }

  @Override
  public void onWebSocketPing(ByteBuffer payload) {
    Bytes bytes = Bytes.from(payload);
    connection.whenReadable(() -> pinged(bytes));
  }

  private void pinged(Bytes bytes) {
    JournalEntry ping = connection.received(new Payload.Ping(bytes));
    if (ping != null && connection.autoPong()) {
      try {
        connection.pong(bytes, ping.seq());
      } catch (ApiException closing) {
        // A ping that crosses our close needs no answer.
      }
    }
    demand();
  }

  @Override
  public void onWebSocketPong(ByteBuffer payload) {
    Bytes bytes = Bytes.from(payload);
    Double rttMs = connection.pongArrived();
    connection.whenReadable(() -> {
      connection.received(new Payload.Pong(bytes, rttMs));
      demand();
    });
  }

  /**
   * Jetty reports the peer's close frame here, or 1006 when the connection ended without one; 1006
   * can never be sent in a frame, so every other code is the client's close frame.
   */
  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    mock.closed(connection, statusCode, reason == null ? "" : reason, statusCode != StatusCode.ABNORMAL);
    callback.succeed();
  }

  /**
   * Jetty closes the connection itself on a message over the size limit (1009), invalid UTF-8
   * (1007) or a protocol violation (1002); that close frame is journaled as the mock's own.
   */
  @Override
  public void onWebSocketError(Throwable cause) {
    if (cause instanceof CloseException close) {
      connection.closedByServer(close.getStatusCode(), String.valueOf(close.getMessage()));
    }
    mock.log.info(connection.id + " error: " + cause);
  }

  private void received(Payload payload) {
    JournalEntry entry = connection.received(payload);
    if (entry != null) {
      mock.stubs.fire(Stub.Trigger.MESSAGE, connection, entry.seq(), payload);
    }
    demand();
  }

  /** The next frame is read at once, or when a frozen connection is released. */
  private void demand() {
    connection.demand(session::demand);
  }
}
