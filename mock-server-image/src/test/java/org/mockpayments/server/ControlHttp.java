package org.mockpayments.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.mockpayments.testsupport.ControlContract;

/**
 * A bare HTTP client for the control API, so the server's tests see exactly what users see; every
 * answer is checked against the OpenAPI document.
 */
final class ControlHttp {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final boolean checked;

  /** A client of the control API at {@code base}, whose answers must fit the OpenAPI document. */
  ControlHttp(URI base) {
    this(base, true);
  }

  private ControlHttp(URI base, boolean checked) {
    this.base = base;
    this.checked = checked;
  }

  /** A client of some other HTTP port of the server, such as the WebSocket port: not checked. */
  static ControlHttp unchecked(URI base) {
    return new ControlHttp(base, false);
  }

  /** One answer: status, raw body and the body as JSON (null when empty or not JSON). */
  record Answer(int status, String body, String contentType) {
    JsonElement json() {
      return body.isBlank() ? null : JsonParser.parseString(body);
    }

    String message() {
      return json().getAsJsonObject().get("message").getAsString();
    }

    String error() {
      return json().getAsJsonObject().get("error").getAsString();
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Answer post(String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Answer delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  Answer method(String method, String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      Answer answer =
          new Answer(
              response.statusCode(),
              response.body(),
              response.headers().firstValue("Content-Type").orElse(""));
      String violation =
          !checked
              ? null
              : ControlContract.get()
                  .violation(
                      built.method(),
                      built.uri(),
                      answer.status(),
                      answer.contentType(),
                      answer.body());
      if (violation != null) {
        throw new AssertionError(
            "This answer breaks the OpenAPI document (docs/openapi.json): " + violation);
      }
      return answer;
    } catch (IOException e) {
      throw new AssertionError("control request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
