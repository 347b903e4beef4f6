package org.mockpayments.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/** {@link WebSocketTransport} on the JDK's {@code java.net.http.WebSocket}. */
public final class JdkWebSocketTransport implements WebSocketTransport {
  private final HttpClient http;

  /** For {@code ws://}, and {@code wss://} to servers the JDK's default trust store trusts. */
  public JdkWebSocketTransport() {
    this(null);
  }

  /** For {@code wss://} to servers that {@code sslContext} trusts. */
  public JdkWebSocketTransport(SSLContext sslContext) {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    this.http = builder.build();
  }

  @Override
  public CompletableFuture<Connection> connect(URI uri, Listener listener) {
    Adapter adapter = new Adapter(listener);
    return http.newWebSocketBuilder()
        .buildAsync(uri, adapter)
        .handle(
            (socket, failure) -> {
              if (failure != null) {
                Throwable cause =
                    failure instanceof CompletionException ? failure.getCause() : failure;
                if (cause instanceof WebSocketHandshakeException refused) {
                  throw new HandshakeRefused(refused.getResponse().statusCode(), refused);
                }
                throw new CompletionException(cause);
              }
              adapter.connection.socket = socket;
              return (Connection) adapter.connection;
            });
  }

  @Override
  public void close() {
    // The JDK's client has no resources to release before Java 21.
  }

  @Override
  public String toString() {
    return "JDK WebSocket";
  }

  /** The JDK's WebSocket refuses a send while another is pending, so sends are chained. */
  private static final class JdkConnection implements Connection {
    private volatile WebSocket socket;
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

    @Override
    public synchronized CompletableFuture<Void> sendText(String text) {
      CompletableFuture<Void> sent =
          lastSend
              .handle((ignored, failure) -> null)
              .thenCompose(ignored -> socket.sendText(text, true))
              .thenApply(ignored -> null);
      lastSend = sent;
      return sent;
    }

    @Override
    public synchronized void close(int code, String reason) {
      lastSend =
          lastSend
              .handle((ignored, failure) -> null)
              .thenCompose(ignored -> socket.sendClose(code, reason));
    }

    @Override
    public synchronized void ping() {
      lastSend =
          lastSend
              .handle((ignored, failure) -> null)
              .thenCompose(ignored -> socket.sendPing(ByteBuffer.wrap(new byte[] {1})));
    }

    @Override
    public void abort() {
      socket.abort();
    }
  }

  /** Adapts the JDK's listener: whole messages, one at a time, and a single end. */
  private static final class Adapter implements WebSocket.Listener {
    private final Listener listener;
    private final JdkConnection connection = new JdkConnection();
    private final StringBuilder text = new StringBuilder();
    private final AtomicBoolean ended = new AtomicBoolean();
    private ByteBuffer binary = ByteBuffer.allocate(0);

    Adapter(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
      connection.socket = webSocket;
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (!last) {
        webSocket.request(1);
        return null;
      }
      String message = text.toString();
      text.setLength(0);
      return listener
          .onText(connection, message)
          .whenComplete((ignored, failure) -> webSocket.request(1));
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      ByteBuffer joined = ByteBuffer.allocate(binary.remaining() + data.remaining());
      joined.put(binary).put(data).flip();
      binary = joined;
      if (last) {
        byte[] bytes = new byte[binary.remaining()];
        binary.get(bytes);
        binary = ByteBuffer.allocate(0);
        listener.onBinary(connection, bytes);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
      listener.onPong(connection);
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      end(statusCode, reason);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      end(1006, String.valueOf(error.getMessage()));
    }

    private void end(int code, String reason) {
      if (ended.compareAndSet(false, true)) {
        listener.onClosed(connection, code, reason);
      }
    }
  }
}
