package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.TestSocket;

/** Starts a real server on free ports before each test and stops it after. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
abstract class EmbeddedServer {
  MockPaymentsServer server;
  ControlHttp control;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();

  ServerSettings settings() {
    return ServerSettings.ephemeral();
  }

  @BeforeEach
  void startServer() {
    server =
        MockPaymentsServer.start(settings(), new PrintStream(log, true, StandardCharsets.UTF_8));
    control = new ControlHttp(URI.create("http://localhost:" + server.controlPort() + "/"));
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  URI ws(String pathAndQuery) {
    return URI.create("ws://localhost:" + server.webSocketPort() + pathAndQuery);
  }

  String logText() {
    return log.toString(StandardCharsets.UTF_8);
  }

  /** Connects a client and waits until the server lists it as connection number {@code n}. */
  TestSocket connect(String pathAndQuery, int n) {
    TestSocket socket = TestSocket.connect(ws(pathAndQuery));
    ControlHttp.Answer answer = control.get("connections/await?count=" + n);
    if (answer.status() != 200) {
      throw new AssertionError("connection " + n + " was not listed: " + answer.body());
    }
    return socket;
  }

  JsonObject awaitFrame(String body) {
    ControlHttp.Answer answer = control.post("frames/await", body);
    if (answer.status() != 200) {
      throw new AssertionError("await failed: " + answer.status() + " " + answer.body());
    }
    return answer.json().getAsJsonObject();
  }

  JsonArray frames(String query) {
    return control.get("frames" + query).json().getAsJsonArray();
  }

  /** Asserts that adding {@code stub} is refused with a 400 saying {@code message}. */
  void assertStubRefused(String stub, String message) {
    ControlHttp.Answer answer = control.post("stubs", stub);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.message()).isEqualTo(message);
  }
}
