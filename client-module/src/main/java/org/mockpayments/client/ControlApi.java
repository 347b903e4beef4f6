package org.mockpayments.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import org.mockpayments.client.transport.ControlAnswer;
import org.mockpayments.client.transport.ControlRequest;
import org.mockpayments.client.transport.ControlTransport;

/**
 * The control API as JSON in and out, with error answers turned into {@link MockPaymentsException},
 * over a {@link ControlTransport}: HTTP, or memory for the embedded server. Every exchange is
 * logged at DEBUG level on the logger {@code org.mockpayments.client} (method, URI, status and body
 * as the log record's parameters), which is how a test can watch the whole conversation with the
 * server.
 */
final class ControlApi {
  private static final System.Logger LOG = System.getLogger("org.mockpayments.client");

  private final URI base;
  private final ControlTransport transport;

  /** The control API at {@code base}, reached through {@code transport}. */
  ControlApi(URI base, ControlTransport transport) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.transport = transport;
  }

  URI base() {
    return base;
  }

  /** {@code http://localhost:8081/ over HTTP}: where, and how. */
  @Override
  public String toString() {
    return base + " " + transport;
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
    ControlAnswer answer = exchange("GET", path, null, null, Duration.ZERO);
    if (answer.status() / 100 != 2) {
      new Answer(answer.status(), parse(answer.body())).ok();
    }
    return answer.body();
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
    ControlAnswer answer = exchange("POST", path, body, contentType, Duration.ZERO);
    return new Answer(answer.status(), parse(answer.body()));
  }

  Answer delete(String path) {
    return answer("DELETE", path, null, Duration.ZERO);
  }

  private Answer answer(String method, String path, String body, Duration wait) {
    ControlAnswer answer = exchange(method, path, body, "application/json", wait);
    return new Answer(answer.status(), parse(answer.body()));
  }

  /** One exchange through the transport, logged; a transport failure becomes an exception. */
  private ControlAnswer exchange(
      String method, String path, String body, String contentType, Duration wait) {
    URI uri = base.resolve(path);
    ControlAnswer answer;
    try {
      answer =
          transport.exchange(
              new ControlRequest(method, uri, body == null ? null : contentType, body, wait));
    } catch (IOException e) {
      throw unreachable(method, uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MockPaymentsTransportException(
          "interrupted",
          "Interrupted while waiting for the mock server's answer to "
              + method
              + " "
              + uri.getPath(),
          e);
    }
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} answered {2}: {3}",
          method,
          uri,
          answer.status(),
          answer.body(),
          answer.contentType());
    }
    return answer;
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
