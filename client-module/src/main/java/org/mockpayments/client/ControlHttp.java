package org.mockpayments.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * HTTP to the control API: JSON in and out, error answers turned into {@link
 * MockPaymentsException}. Every exchange is logged at DEBUG level on the logger {@code
 * org.mockpayments.client} (method, URI, status and body as the log record's parameters), which is
 * how a test can watch the whole conversation with the server.
 */
final class ControlHttp {
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

  private static final System.Logger LOG = System.getLogger("org.mockpayments.client");

  private final URI base;
  private final String token;

  /** {@code token}: sent as {@code Authorization: Bearer} when not null. */
  ControlHttp(URI base, String token) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.token = token;
  }

  URI base() {
    return base;
  }

  /** One answer of the server. */
  record Answer(int status, JsonElement body) {
    /** An await that timed out on the server: a 422 whose error code is {@code timeout}. */
    boolean isTimeout() {
      return status == 422 && "timeout".equals(errorCode());
    }

    String message() {
      return field("message", String.valueOf(body));
    }

    String errorCode() {
      return field("error", "http_" + status);
    }

    /** The body of a 2xx answer; any other status becomes a {@link MockPaymentsException}. */
    JsonElement ok() {
      if (status >= 200 && status < 300) {
        return body;
      }
      throw new MockPaymentsException(status, errorCode(), message());
    }

    private String field(String name, String otherwise) {
      return body != null && body.isJsonObject() && body.getAsJsonObject().has(name)
          ? body.getAsJsonObject().get(name).getAsString()
          : otherwise;
    }
  }

  /**
   * A text answer, such as JSON Lines or PEM; a non-2xx status becomes a {@link
   * MockPaymentsException}.
   */
  String getText(String path) {
    Response response = exchange("GET", path, null, null, Duration.ZERO);
    if (response.status() / 100 != 2) {
      new Answer(response.status(), parse(response.body())).ok();
    }
    return response.body();
  }

  Answer get(String path, Duration wait) {
    return answer("GET", path, null, wait);
  }

  Answer get(String path) {
    return get(path, Duration.ZERO);
  }

  Answer post(String path, JsonElement body, Duration wait) {
    return answer("POST", path, body == null ? "" : Wire.print(body), wait);
  }

  Answer post(String path, JsonElement body) {
    return post(path, body, Duration.ZERO);
  }

  /** Posts a body that is not JSON, such as a YAML document, as {@code contentType}. */
  Answer postText(String path, String body, String contentType) {
    Response response = exchange("POST", path, body, contentType, Duration.ZERO);
    return new Answer(response.status(), parse(response.body()));
  }

  Answer delete(String path) {
    return answer("DELETE", path, null, Duration.ZERO);
  }

  private Answer answer(String method, String path, String body, Duration wait) {
    Response response = exchange(method, path, body, "application/json", wait);
    return new Answer(response.status(), parse(response.body()));
  }

  private record Response(int status, String body) {}

  /**
   * One exchange on a kept-alive connection. {@code HttpURLConnection}, not {@code HttpClient}: on
   * loopback it answers in a third of the time (measured: 0.11 against 0.32 ms a call), which is
   * most of what a push costs. Its reads cannot be interrupted, so a wait runs on a helper thread
   * and an interrupted caller ends it by closing the connection.
   */
  private Response exchange(
      String method, String path, String body, String contentType, Duration wait) {
    URI uri = base.resolve(path);
    HttpURLConnection connection;
    try {
      connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
    } catch (IOException e) {
      throw unreachable(method, uri, e);
    }
    connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
    connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, wait.plus(MARGIN).toMillis()));
    if (wait.isZero()) {
      try {
        return send(connection, uri, method, body, contentType);
      } catch (IOException e) {
        throw unreachable(method, uri, e);
      }
    }
    Future<Response> answer = WAITS.submit(() -> send(connection, uri, method, body, contentType));
    try {
      return answer.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException cause) {
        throw unreachable(method, uri, cause);
      }
      throw new MockPaymentsTransportException(
          "unreachable", "The exchange " + method + " " + uri.getPath() + " failed", e.getCause());
    } catch (InterruptedException e) {
      connection.disconnect();
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new MockPaymentsTransportException(
          "interrupted",
          "Interrupted while waiting for the mock server's answer to "
              + method
              + " "
              + uri.getPath(),
          e);
    }
  }

  private Response send(
      HttpURLConnection connection, URI uri, String method, String body, String contentType)
      throws IOException {
    connection.setRequestMethod(method);
    connection.setUseCaches(false);
    if (token != null) {
      connection.setRequestProperty("Authorization", "Bearer " + token);
    }
    if (body != null) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", contentType);
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
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} answered {2}: {3}",
          method,
          uri,
          status,
          text,
          Objects.requireNonNullElse(connection.getContentType(), ""));
    }
    return new Response(status, text);
  }

  private MockPaymentsTransportException unreachable(String method, URI uri, IOException e) {
    return new MockPaymentsTransportException(
        "unreachable",
        "The mock server's control API at "
            + base
            + " did not answer "
            + method
            + " "
            + uri.getPath()
            + ": "
            + e,
        e);
  }

  private static JsonElement parse(String body) {
    if (body == null || body.isBlank()) {
      return new JsonObject();
    }
    try {
      return JsonParser.parseString(body);
    } catch (JsonParseException e) {
      JsonObject error = new JsonObject();
      error.addProperty("error", "not_json");
      error.addProperty("message", "The mock server answered something that is not JSON: " + body);
      return error;
    }
  }
}
