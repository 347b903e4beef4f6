package org.mockpayments.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * WireMock 4 through its documented admin API: {@code POST /__admin/channels/send}, {@code POST
 * /__admin/messages/wait}, {@code POST /__admin/messages/count}, {@code GET /__admin/channels}.
 */
final class WireMock4 implements WebSocketMock {
  /** How long beyond its own timeout an admin call may take before it counts as hung. */
  private static final Duration HANG = Duration.ofSeconds(5);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String admin;
  private final String webSocketBase;

  WireMock4(String host, int port) {
    this.admin = "http://" + host + ":" + port + "/__admin";
    this.webSocketBase = "ws://" + host + ":" + port;
  }

  @Override
  public String webSocketUrl(String path) {
    return webSocketBase + path;
  }

  @Override
  public void awaitConnections(int count) {
    Instant deadline = Instant.now().plus(CONNECTIONS_WAIT);
    while (openChannels() < count) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(count + " channels did not open in WireMock 4");
      }
      Thread.onSpinWait();
    }
  }

  private long openChannels() {
    String channels = call("GET", "/channels", null);
    return Pattern.compile("\"open\"\\s*:\\s*true").matcher(channels).results().count();
  }

  @Override
  public void push(String path, String text) {
    JsonObject body = new JsonObject();
    body.addProperty("type", "websocket");
    JsonObject request = new JsonObject();
    request.addProperty("urlPath", path);
    body.add("initiatingRequest", request);
    JsonObject message = new JsonObject();
    JsonObject data = new JsonObject();
    data.addProperty("data", text);
    message.add("body", data);
    body.add("message", message);
    call("POST", "/channels/send", body.toString());
  }

  @Override
  public void awaitReceived(String text) {
    JsonObject equalTo = new JsonObject();
    equalTo.addProperty("equalTo", text);
    JsonObject pattern = new JsonObject();
    pattern.add("body", equalTo);
    JsonObject body = new JsonObject();
    body.add("pattern", pattern);
    body.addProperty("timeoutMillis", WAIT.toMillis());
    String answer;
    long start = System.nanoTime();
    try {
      answer = call("POST", "/messages/wait", body.toString(), WAIT.plus(HANG));
    } catch (IllegalStateException e) {
      if (countReceived(text) > 0) {
        throw new FailedWait(
            "WireMock 4's wait for " + text + " failed although it was journaled: " + e.getCause());
      }
      throw e;
    }
    if (answer.strip().equals("null")) {
      if (countReceived(text) > 0) {
        throw new FailedWait(
            "WireMock 4's wait for " + text + " ran out of " + WAIT + " although it was journaled");
      }
      throw new IllegalStateException("WireMock 4 did not journal " + text);
    }
    if (System.nanoTime() - start >= WAIT.toNanos()) {
      // It answered only when its own timeout ran out, though the frame was there long before.
      throw new FailedWait("WireMock 4's wait for " + text + " answered only after " + WAIT);
    }
  }

  @Override
  public long countReceived(String prefix) {
    JsonObject matches = new JsonObject();
    matches.addProperty("matches", Pattern.quote(prefix) + ".*");
    JsonObject pattern = new JsonObject();
    pattern.add("body", matches);
    return JsonParser.parseString(call("POST", "/messages/count", pattern.toString()))
        .getAsJsonObject()
        .get("count")
        .getAsLong();
  }

  @Override
  public void forget() {
    call("DELETE", "/messages", null);
  }

  private String call(String method, String path, String body) {
    return call(method, path, body, HANG);
  }

  private String call(String method, String path, String body, Duration timeout) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(admin + path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "WireMock 4 answered " + method + " " + path + " with " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("WireMock 4 did not answer " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
