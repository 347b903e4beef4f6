package org.mockpayments.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) that records what it receives, for the server's tests. */
final class TestSocket implements WebSocket.Listener {
  /** Something the client saw: a text, binary bytes, a ping, or its closing. */
  record Event(String kind, String text, byte[] bytes, int code) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<Event> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  final WebSocket socket;

  private TestSocket(URI uri, List<String> subprotocols, String... headers) {
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    if (!subprotocols.isEmpty()) {
      builder.subprotocols(subprotocols.get(0), subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
    }
    this.socket = builder.buildAsync(uri, this).orTimeout(10, TimeUnit.SECONDS).join();
  }

  static TestSocket connect(URI uri, String... headers) {
    return new TestSocket(uri, List.of(), headers);
  }

  static TestSocket connectWithSubprotocols(URI uri, List<String> subprotocols) {
    return new TestSocket(uri, subprotocols);
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  void sendBinary(byte[] bytes) {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
  }

  /** The next thing received, or an {@link AssertionError} after five seconds. */
  Event next() {
    try {
      Event event = events.poll(5, TimeUnit.SECONDS);
      if (event == null) {
        throw new AssertionError("the client received nothing within 5 s");
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  String nextText() {
    Event event = next();
    if (!event.kind().equals("text")) {
      throw new AssertionError("expected a text frame but got " + event);
    }
    return event.text();
  }

  /** How the connection ended: a close frame's code, or 1006 when it broke without one. */
  Event awaitClosed() {
    return closed.orTimeout(5, TimeUnit.SECONDS).join();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      events.add(new Event("text", partial.toString(), null, 0));
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] bytes = new byte[data.remaining()];
    data.get(bytes);
    events.add(new Event("binary", null, bytes, 0));
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
    byte[] bytes = new byte[message.remaining()];
    message.get(bytes);
    events.add(new Event("ping", null, bytes, 0));
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(new Event("close", reason, null, statusCode));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(new Event("error", String.valueOf(error), null, 1006));
  }
}
