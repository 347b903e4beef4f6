package org.mockpayments.server.internal.websocket;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.exceptions.CloseException;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.CloseRequest;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.proxy.Upstream;
import org.mockpayments.server.internal.scripting.StubRule;
import org.mockpayments.server.internal.scripting.Stubs;

/**
 * The server side of one WebSocket connection: journals what arrives and fires stubs; on a proxied
 * connection, what no stub answers goes on to the target. Public only because Jetty calls its
 * listener methods through public method handles.
 *
 * <p>Demand is explicit rather than automatic: the next frame is read only after the current one is
 * journaled and its stub replies are queued, so replies keep the order of the frames they answer.
 */
public final class MockEndpoint implements Session.Listener {
  private final LiveConnection connection;
  private final ConnectionRegistry connections;
  private final Stubs stubs;
  private final Consumer<String> log;
  private final CloseRequest closeOnOpen;
  private final Upstream upstream;
  private Session session;

  /**
   * {@code closeOnOpen}: the close an upgrade stub asked for once the connection is open, or null.
   */
  MockEndpoint(
      LiveConnection connection,
      ConnectionRegistry connections,
      Stubs stubs,
      Consumer<String> log,
      CloseRequest closeOnOpen,
      Upstream upstream) {
    this.connection = connection;
    this.connections = connections;
    this.stubs = stubs;
    this.log = log;
    this.closeOnOpen = closeOnOpen;
    this.upstream = upstream;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    connection.attach(session);
    if (upstream != null) {
      upstream.attach(connection.id(), new ClientSide(connection, log));
    }
    if (closeOnOpen != null) {
      connection.close(closeOnOpen.code(), closeOnOpen.reason(), connection.seq());
      demand();
      return;
    }
    // Fired by the opening itself: a reset that clears it cancels the replies.
    stubs.fire(StubRule.Trigger.CONNECT, connection.recipient(), connection.seq(), null);
    demand();
  }

  @Override
  public void onWebSocketText(String text) {
    connection.valve().read(() -> received(new Payload.Text(text)));
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    Bytes bytes = Bytes.from(payload);
    callback.succeed();
    connection.valve().read(() -> received(new Payload.Binary(bytes)));
  }

  @Override
  public void onWebSocketPing(ByteBuffer payload) {
    Bytes bytes = Bytes.from(payload);
    connection.valve().read(() -> pinged(bytes));
  }

  private void pinged(Bytes bytes) {
    JournalEntry ping = connection.life().journalIncoming(new Payload.Ping(bytes));
    if (ping != null && connection.keepAlive().answersPings()) {
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
    Double rttMs = connection.keepAlive().pongArrived();
    connection
        .valve()
        .read(
            () -> {
              connection.life().journalIncoming(new Payload.Pong(bytes, rttMs));
              demand();
            });
  }

  /**
   * Jetty reports the peer's close frame here, or 1006 when the connection ended without one; 1006
   * can never be sent in a frame, so every other code is the client's close frame.
   */
  @Override
  public void onWebSocketClose(int statusCode, String reason, Callback callback) {
    connections.closed(
        connection, statusCode, reason == null ? "" : reason, statusCode != StatusCode.ABNORMAL);
    stubs.connectionClosed(connection.recipient());
    if (upstream != null) {
      upstream.clientClosed(statusCode, reason == null ? "" : reason);
    }
    callback.succeed();
  }

  /**
   * Jetty closes the connection itself on a message over the size limit (1009), invalid UTF-8
   * (1007) or a protocol violation (1002); that close frame is journaled as the mock's own.
   */
  @Override
  public void onWebSocketError(Throwable cause) {
    if (cause instanceof CloseException close) {
      connection.life().closedByServer(close.getStatusCode(), String.valueOf(close.getMessage()));
    }
    log.accept(connection.id() + " error: " + cause);
  }

  /**
   * Journals a frame and fires stubs for each message it completes: the frame itself, or with a
   * framing the records or packets it ends, none when it only begins one.
   */
  private void received(Payload payload) {
    List<Payload> messages = connection.messagesOf(payload);
    JournalEntry entry = connection.life().journalIncoming(payload, messages);
    if (entry != null) {
      boolean answered = false;
      for (Payload message : entry.frame().readAs()) {
        answered |=
            stubs.fire(StubRule.Trigger.MESSAGE, connection.recipient(), entry.seq(), message);
      }
      if (!answered && upstream != null) {
        upstream.forward(payload);
      }
    }
    demand();
  }

  /** The next frame is read at once, or when a frozen connection is released. */
  private void demand() {
    connection.valve().demand(session::demand);
  }
}
