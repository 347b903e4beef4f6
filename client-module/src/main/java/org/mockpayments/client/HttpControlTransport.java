package org.mockpayments.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mockpayments.client.transport.ControlAnswer;
import org.mockpayments.client.transport.ControlRequest;
import org.mockpayments.client.transport.ControlTransport;

/**
 * The control API over HTTP, on kept-alive connections. {@code HttpURLConnection}, not {@code
 * HttpClient}: on loopback it answers in a third of the time (measured: 0.11 against 0.32 ms a
 * call), which is most of what a push costs. Its reads cannot be interrupted, so a request that
 * waits runs on a helper thread, and an interrupted caller ends it by closing the connection.
 */
final class HttpControlTransport implements ControlTransport {
  /** Added to an await's own timeout, so the server's timeout answer always comes first. */
  private static final Duration MARGIN = Duration.ofSeconds(10);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Runs the exchanges that wait, so that the waiting caller can be interrupted. */
  private static final ExecutorService WAITS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "mock-payments-wait");
            thread.setDaemon(true);
            return thread;
          });

  private final String token;

  /** {@code token}: sent as {@code Authorization: Bearer} when not null. */
  HttpControlTransport(String token) {
    this.token = token;
  }

  @Override
  public ControlAnswer exchange(ControlRequest request) throws IOException, InterruptedException {
    HttpURLConnection connection =
        (HttpURLConnection) request.uri().toURL().openConnection(Proxy.NO_PROXY);
    connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
    connection.setReadTimeout(
        (int) Math.min(Integer.MAX_VALUE, request.awaitTimeout().plus(MARGIN).toMillis()));
    if (request.awaitTimeout().isZero()) {
      return send(connection, request);
    }
    Future<ControlAnswer> answer = WAITS.submit(() -> send(connection, request));
    try {
      return answer.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException cause) {
        throw cause;
      }
      throw new IOException("The exchange failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      connection.disconnect();
      answer.cancel(true);
      throw e;
    }
  }

  private ControlAnswer send(HttpURLConnection connection, ControlRequest request)
      throws IOException {
    connection.setRequestMethod(request.method());
    connection.setUseCaches(false);
    if (token != null) {
      connection.setRequestProperty("Authorization", "Bearer " + token);
    }
    if (request.body() != null) {
      byte[] bytes = request.body().getBytes(StandardCharsets.UTF_8);
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", request.contentType());
      // Buffered, not streamed: a streamed request cannot read a 401 answer's explanation. A
      // buffered one is sent again only when a kept-alive connection turns out closed before any
      // answer, that is when the server never had it.
      try (OutputStream out = connection.getOutputStream()) {
        out.write(bytes);
      }
    }
    int status = connection.getResponseCode();
    String text;
    try (InputStream in =
        status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return new ControlAnswer(
        status, Objects.requireNonNullElse(connection.getContentType(), ""), text);
  }

  @Override
  public String toString() {
    return "over HTTP";
  }
}
