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
  /** Opens a connection to {@code uri}; fails if the handshake fails. */
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

    /** The connection ended: a close frame's code, or 1006 when it broke without one. */
    void onClosed(Connection connection, int code, String reason);
  }
}
