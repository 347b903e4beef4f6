package org.mockpayments.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP to the control API: JSON in and out, error answers turned into {@link
 * MockPaymentsException}. Every exchange is logged at DEBUG level on the logger {@code
 * org.mockpayments.client} (method, URI, status and body as the log record's parameters), which is
 * how a test can watch the whole conversation with the server.
 */
final class ControlHttp {
  /** Added to an await's own timeout, so the server's timeout answer always comes first. */
  private static final Duration MARGIN = Duration.ofSeconds(10);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
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
    HttpResponse<String> response =
        exchange(HttpRequest.newBuilder(base.resolve(path)).GET(), Duration.ZERO);
    if (response.statusCode() / 100 != 2) {
      new Answer(response.statusCode(), parse(response.body())).ok();
    }
    return response.body();
  }

  Answer get(String path, Duration wait) {
    return answer(HttpRequest.newBuilder(base.resolve(path)).GET(), wait);
  }

  Answer get(String path) {
    return get(path, Duration.ZERO);
  }

  Answer post(String path, JsonElement body, Duration wait) {
    String text = body == null ? "" : Wire.print(body);
    return answer(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text)),
        wait);
  }

  Answer post(String path, JsonElement body) {
    return post(path, body, Duration.ZERO);
  }

  Answer delete(String path) {
    return answer(HttpRequest.newBuilder(base.resolve(path)).DELETE(), Duration.ZERO);
  }

  private Answer answer(HttpRequest.Builder request, Duration wait) {
    HttpResponse<String> response = exchange(request, wait);
    return new Answer(response.statusCode(), parse(response.body()));
  }

  private HttpResponse<String> exchange(HttpRequest.Builder request, Duration wait) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpRequest built = request.timeout(wait.plus(MARGIN)).build();
    try {
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      if (LOG.isLoggable(Level.DEBUG)) {
        LOG.log(
            Level.DEBUG,
            "{0} {1} answered {2}: {3}",
            built.method(),
            built.uri(),
            response.statusCode(),
            response.body(),
            response.headers().firstValue("Content-Type").orElse(""));
      }
      return response;
    } catch (IOException e) {
      throw new MockPaymentsTransportException(
          "unreachable",
          "The mock server's control API at "
              + base
              + " did not answer "
              + built.method()
              + " "
              + built.uri().getPath()
              + ": "
              + e,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MockPaymentsTransportException(
          "interrupted",
          "Interrupted while waiting for the mock server's answer to "
              + built.method()
              + " "
              + built.uri().getPath(),
          e);
    }
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
