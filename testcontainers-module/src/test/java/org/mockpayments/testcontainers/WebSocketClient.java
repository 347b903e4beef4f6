package org.mockpayments.testcontainers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) standing in for the client under test. */
final class WebSocketClient implements WebSocket.Listener {
  private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
  private final BlockingQueue<byte[]> binaries = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  private WebSocketClient(String url) {
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create(url), this).orTimeout(10, TimeUnit.SECONDS).join();
  }

  static WebSocketClient connect(String url) {
    return new WebSocketClient(url);
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  void sendBinary(byte[] bytes) {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
  }

  void close(int code, String reason) {
    socket.sendClose(code, reason).join();
  }

  String nextText() {
    return poll(texts);
  }

  byte[] nextBinary() {
    return poll(binaries);
  }

  /** The close code the client saw, 1006 when the connection broke. */
  int awaitClosed() {
    return closed.orTimeout(5, TimeUnit.SECONDS).join();
  }

  private static <T> T poll(BlockingQueue<T> queue) {
    try {
      T next = queue.poll(5, TimeUnit.SECONDS);
      if (next == null) {
        throw new AssertionError("the WebSocket client received nothing within 5 s");
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      texts.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] bytes = new byte[data.remaining()];
    data.get(bytes);
    binaries.add(bytes);
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(1006);
  }
}
