package org.mockpayments.sample;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one thing the payment flow needs from a WebSocket library: open a connection, send text,
 * close, and hear what happens. {@link JdkWebSocketTransport} and {@link JettyWebSocketTransport}
 * implement it; the flow in {@link PaymentSession} is shared by both.
 */
public interface WebSocketTransport extends AutoCloseable {
  /**
   * Opens a connection to {@code uri}; fails if the handshake fails, with a {@link
   * HandshakeRefused} when the server answered the upgrade with an HTTP status.
   */
  CompletableFuture<Connection> connect(URI uri, Listener listener);

  /** Releases the library's threads and connections. */
  @Override
  void close();

  /** An open connection. */
  interface Connection {
    /** Sends a text frame; completes once written. */
    CompletableFuture<Void> sendText(String text);

    /** Starts a close handshake with {@code code} and {@code reason}. */
    void close(int code, String reason);

    /** Sends a ping; the pong comes to {@link Listener#onPong}. */
    void ping();

    /** Ends the connection at once, with no close handshake (the peer is considered dead). */
    void abort();
  }

  /**
   * What the connection tells the flow. Calls for one connection never overlap; the next frame is
   * read only after the stage a callback returns has completed.
   */
  interface Listener {
    /** A text frame arrived. */
    CompletionStage<?> onText(Connection connection, String text);

    /** A binary frame arrived. */
    void onBinary(Connection connection, byte[] bytes);

    /** A pong arrived. */
    void onPong(Connection connection);

    /** The connection ended: a close frame's code, or 1006 when it broke without one. */
    void onClosed(Connection connection, int code, String reason);
  }

  /** The server answered the upgrade with an HTTP status instead of switching protocols. */
  final class HandshakeRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /** A refusal with {@code status}. */
    public HandshakeRefused(int status, Throwable cause) {
      super("the WebSocket upgrade was refused with HTTP " + status, cause);
      this.status = status;
    }

    /** The HTTP status of the refusal, such as 401 or 503. */
    public int status() {
      return status;
    }
  }
}
