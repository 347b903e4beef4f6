package org.mockpayments.testsupport;

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

/**
 * A real WebSocket client (the JDK's) that records what it receives, standing in for the client
 * under test in this project's tests and benchmarks. Waits are bounded (5 s) and fail with an
 * {@link AssertionError} that says what did not come.
 */
public final class TestSocket implements WebSocket.Listener {
  /**
   * Something the client saw.
   *
   * @param kind {@code text}, {@code binary}, {@code ping}, {@code close} or {@code error}
   * @param text the text, the close reason or the error
   * @param bytes the payload of a binary frame or ping
   * @param code the close code (1006 when the connection broke)
   */
  public record Event(String kind, String text, byte[] bytes, int code) {}

  private static final Duration WAIT = Duration.ofSeconds(5);

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<Event> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  private TestSocket(URI uri, List<String> subprotocols, String... headers) {
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT);
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    if (!subprotocols.isEmpty()) {
      builder.subprotocols(
          subprotocols.get(0), subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
    }
    this.socket = builder.buildAsync(uri, this).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Connects to {@code uri}, sending {@code headers} as name, value, name, value... */
  public static TestSocket connect(URI uri, String... headers) {
    return new TestSocket(uri, List.of(), headers);
  }

  /** Connects to {@code url}, sending {@code headers} as name, value, name, value... */
  public static TestSocket connect(String url, String... headers) {
    return connect(URI.create(url), headers);
  }

  /**
   * Connects offering these subprotocols, in order, and sending {@code headers} as for {@link
   * #connect(URI, String...)}.
   */
  public static TestSocket connect(URI uri, List<String> subprotocols, String... headers) {
    return new TestSocket(uri, subprotocols, headers);
  }

  /** Connects offering these subprotocols, in order. */
  public static TestSocket connectWithSubprotocols(URI uri, List<String> subprotocols) {
    return new TestSocket(uri, subprotocols);
  }

  /** The JDK socket, for what a well-behaved client rarely does (pings, aborts). */
  public WebSocket socket() {
    return socket;
  }

  /** Sends a text frame and waits until it is written. */
  public void send(String text) {
    socket.sendText(text, true).join();
  }

  /** Sends a binary frame and waits until it is written. */
  public void sendBinary(byte[] bytes) {
    socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
  }

  /** Starts a close handshake. */
  public void close(int code, String reason) {
    socket.sendClose(code, reason).join();
  }

  /** The next thing received. */
  public Event next() {
    try {
      Event event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (event == null) {
        throw new AssertionError(
            "the WebSocket client received nothing within " + WAIT.toSeconds() + " s");
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next thing received, which must be a text frame. */
  public String nextText() {
    return expect("text").text();
  }

  /** The next thing received, which must be a binary frame. */
  public byte[] nextBinary() {
    return expect("binary").bytes();
  }

  /** How the connection ended: a close frame's code, or 1006 when it broke without one. */
  public Event awaitClosed() {
    return closed.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  private Event expect(String kind) {
    Event event = next();
    if (!event.kind().equals(kind)) {
      throw new AssertionError("expected a " + kind + " frame but got " + event);
    }
    return event;
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
