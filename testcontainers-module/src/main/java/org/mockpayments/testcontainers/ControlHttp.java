package org.mockpayments.testcontainers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP to the control API: JSON in and out, error answers turned into {@link MockPaymentsException}. */
final class ControlHttp {
  /** Added to an await's own timeout, so the server's 408 always comes before the client gives up. */
  private static final Duration MARGIN = Duration.ofSeconds(10);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
    boolean isTimeout() {
      return status == 408;
    }

    String message() {
      return body != null && body.isJsonObject() && body.getAsJsonObject().has("message")
          ? body.getAsJsonObject().get("message").getAsString()
          : String.valueOf(body);
    }

    /** The body of a 2xx answer; any other status becomes a {@link MockPaymentsException}. */
    JsonElement ok() {
      if (status >= 200 && status < 300) {
        return body;
      }
      String code = body != null && body.isJsonObject() && body.getAsJsonObject().has("error")
          ? body.getAsJsonObject().get("error").getAsString()
          : "http_" + status;
      throw new MockPaymentsException(status, code, message());
    }
  }

  /** A text answer, such as the PEM certificate; a non-2xx status becomes a {@link MockPaymentsException}. */
  String getText(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = CLIENT.send(request.timeout(MARGIN).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        new Answer(response.statusCode(), parse(response.body())).ok();
      }
      return response.body();
    } catch (IOException e) {
      throw new MockPaymentsException(0, "unreachable", "The mock server's control API at " + base + " did not answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MockPaymentsException(0, "interrupted", "Interrupted while waiting for the mock server");
    }
  }

  Answer get(String path, Duration wait) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), wait);
  }

  Answer post(String path, JsonElement body, Duration wait) {
    String text = body == null ? "" : Wire.print(body);
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(text)), wait);
  }

  Answer post(String path, JsonElement body) {
    return post(path, body, Duration.ZERO);
  }

  Answer delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), Duration.ZERO);
  }

  private Answer send(HttpRequest.Builder request, Duration wait) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpRequest built = request.timeout(wait.plus(MARGIN)).build();
    try {
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), parse(response.body()));
    } catch (IOException e) {
      throw new MockPaymentsException(0, "unreachable",
          "The mock server's control API at " + base + " did not answer " + built.method() + " " + built.uri().getPath()
              + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MockPaymentsException(0, "interrupted", "Interrupted while waiting for the mock server");
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
