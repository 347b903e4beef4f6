package org.mockpayments.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The floor through plain HTTP calls with the JDK's client, as our typed client makes them: what
 * the WebSocket work costs with no mock logic in the way.
 */
final class BareJetty implements WebSocketMock {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String host;
  private final int port;

  BareJetty(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  public String webSocketUrl(String path) {
    return "ws://" + host + ":" + port + path;
  }

  @Override
  public void awaitConnections(int count) {
    expect(200, call("GET", "/connections?count=" + count, ""), "connections");
  }

  @Override
  public void push(String path, String text) {
    expect(200, call("POST", "/push", text), "push");
  }

  @Override
  public void awaitReceived(String text) {
    if (call("POST", "/await", text) != 200) {
      throw new FailedWait("the floor's await ran out although the frame was sent: " + text);
    }
  }

  @Override
  public long countReceived(String prefix) {
    try {
      return Long.parseLong(
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://"
                                  + host
                                  + ":"
                                  + port
                                  + "/count?prefix="
                                  + URLEncoder.encode(prefix, StandardCharsets.UTF_8)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
    } catch (Exception e) {
      throw new IllegalStateException("the floor's count failed: " + e, e);
    }
  }

  @Override
  public void forget() {
    expect(200, call("POST", "/forget", ""), "forget");
  }

  private int call(String method, String path, String body) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                  .method(method, HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      throw new IllegalStateException("the floor's " + path + " failed: " + e, e);
    }
  }

  private static void expect(int wanted, int status, String what) {
    if (status != wanted) {
      throw new IllegalStateException("the floor's " + what + " answered " + status);
    }
  }
}
