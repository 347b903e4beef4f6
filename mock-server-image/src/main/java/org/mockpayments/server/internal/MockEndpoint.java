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
  private Session session;

  MockEndpoint(Mock mock, LiveConnection connection) {
    this.mock = mock;
    this.connection = connection;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    connection.attach(session);
    mock.stubs.fire(Stub.Trigger.CONNECT, connection, null);
    demand();
  }

  @Override
  public void onWebSocketText(String text) {
    connection.whenReadable(() -> received(FrameType.TEXT, text, null));
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    byte[] bytes = copy(payload);
    callback.succeed();
    connection.whenReadable(() -> received(FrameType.BINARY, null, bytes));
  }

  @Override
  public void onWebSocketPing(ByteBuffer payload) {
    byte[] bytes = copy(payload);
    connection.whenReadable(() -> pinged(bytes));
  }

  private void pinged(byte[] bytes) {
    mock.journal.append(connection.id, JournalEntry.Direction.IN, FrameType.PING, null, bytes, null, null);
    if (connection.autoPong()) {
      try {
        connection.pong(bytes);
      } catch (ApiException closing) {
        // A ping that crosses our close needs no answer.
      }
    }
    demand();
  }

  @Override
  public void onWebSocketPong(ByteBuffer payload) {
    byte[] bytes = copy(payload);
    Double rttMs = connection.pongArrived();
    connection.whenReadable(() -> {
      mock.journal.append(connection.id, JournalEntry.Direction.IN, FrameType.PONG, null, bytes, null, null, rttMs);
      demand();
    });
  }

  /**
   * Jetty reports the peer's close frame here, or 1006 when the connection ended without one; 1006
   * can never be sent in a frame, so every other code is the client's close frame.
   */
  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    // The state first: whoever sees the close frame in the journal finds the connection closed.
    mock.connections.closed(connection, statusCode, reason);
    if (statusCode != StatusCode.ABNORMAL) {
      mock.journal.append(connection.id, JournalEntry.Direction.IN, FrameType.CLOSE, null, null, statusCode, reason);
    }
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

  private void received(FrameType type, String text, byte[] bytes) {
    JournalEntry entry = mock.journal.append(connection.id, JournalEntry.Direction.IN, type, text, bytes, null, null);
    mock.stubs.fire(Stub.Trigger.MESSAGE, connection, entry);
    demand();
  }

  /** The next frame is read at once, or when a frozen connection is released. */
  private void demand() {
    connection.demand(session::demand);
  }

  private static byte[] copy(ByteBuffer payload) {
    byte[] bytes = new byte[payload.remaining()];
    payload.get(bytes);
    return bytes;
  }
}
