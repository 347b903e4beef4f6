package org.mockpayments.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.exceptions.UpgradeException;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/** {@link WebSocketTransport} on Jetty 12's WebSocket client. */
public final class JettyWebSocketTransport implements WebSocketTransport {
  private final WebSocketClient client;

  /** Starts Jetty's client; {@link #close()} stops it. */
  public JettyWebSocketTransport() {
    this(null);
  }

  /** Starts Jetty's client for {@code wss://} to servers that {@code sslContext} trusts. */
  public JettyWebSocketTransport(SSLContext sslContext) {
    SslContextFactory.Client tls = new SslContextFactory.Client();
    if (sslContext != null) {
      tls.setSslContext(sslContext);
    }
    HttpClient http = new HttpClient();
    http.setSslContextFactory(tls);
    client = new WebSocketClient(http);
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty's WebSocket client did not start", e);
    }
  }

  @Override
  public CompletableFuture<Connection> connect(URI uri, Listener listener) {
    Endpoint endpoint = new Endpoint(listener);
    try {
      return client
          .connect(endpoint, uri)
          .handle(
              (session, failure) -> {
                if (failure != null) {
                  Throwable cause =
                      failure instanceof CompletionException ? failure.getCause() : failure;
                  if (cause instanceof UpgradeException refused
                      && refused.getResponseStatusCode() > 0) {
                    throw new HandshakeRefused(refused.getResponseStatusCode(), refused);
                  }
                  throw new CompletionException(cause);
                }
                return (Connection) endpoint.connection;
              });
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty's WebSocket client did not stop cleanly", e);
    }
  }

  @Override
  public String toString() {
    return "Jetty WebSocket";
  }

  private static final class JettyConnection implements Connection {
    private volatile Session session;

    @Override
    public CompletableFuture<Void> sendText(String text) {
      CompletableFuture<Void> sent = new CompletableFuture<>();
      session.sendText(text, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
      return sent;
    }

    @Override
    public void close(int code, String reason) {
      session.close(code, reason, Callback.NOOP);
    }

    @Override
    public void ping() {
      session.sendPing(ByteBuffer.wrap(new byte[] {1}), Callback.NOOP);
    }

    @Override
    public void abort() {
      session.disconnect();
    }
  }

  /**
   * Demands frames explicitly: the next one is read only after the flow's reply to this one is
   * written, so replies keep the order of the frames they answer.
   */
  public static final class Endpoint implements Session.Listener {
    private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());
    private final Listener listener;
    private final JettyConnection connection = new JettyConnection();

    Endpoint(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      connection.session = session;
      session.demand();
    }

    @Override
    public void onWebSocketText(String message) {
      listener
          .onText(connection, message)
          .whenComplete((ignored, failure) -> connection.session.demand());
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
      byte[] bytes = new byte[payload.remaining()];
      payload.get(bytes);
      callback.succeed();
      listener.onBinary(connection, bytes);
      connection.session.demand();
    }

    /** Answered by hand: an endpoint that demands explicitly must also demand after a ping. */
    @Override
    public void onWebSocketPing(ByteBuffer payload) {
      connection.session.sendPong(payload, Callback.NOOP);
      connection.session.demand();
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
      listener.onPong(connection);
      connection.session.demand();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
      listener.onClosed(connection, statusCode, reason);
    }

    /** A broken connection is reported again, with 1006, to {@link #onWebSocketClose}. */
    @Override
    public void onWebSocketError(Throwable cause) {
      LOG.fine(() -> "WebSocket error: " + cause);
    }
  }
}
