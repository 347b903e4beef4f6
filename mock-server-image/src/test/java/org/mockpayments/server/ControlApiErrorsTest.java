package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ControlApiErrorsTest extends EmbeddedServer {
  @Override
  ServerSettings settings() {
    return ServerSettings.builder().maxMessageBytes(1024 * 1024).maxBodyBytes(1024).build();
  }

  @Test
  void healthSaysUp() {
    ControlHttp.Answer answer = control.get("health");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().getAsJsonObject().get("status").getAsString()).isEqualTo("UP");
  }

  @Test
  void unknownRouteIsAJson404() {
    ControlHttp.Answer answer = control.get("nothing/here");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.error()).isEqualTo("not_found");
    assertThat(answer.message()).contains("GET /nothing/here");
  }

  @Test
  void wrongMethodIsAJson405NamingTheRightOne() {
    ControlHttp.Answer answer = control.post("health", "");
    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.message()).as("the message names the allowed method").contains("use GET");
  }

  @Test
  void malformedJsonIsA400() {
    ControlHttp.Answer answer = control.post("stubs", "{\"on\": ");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo("bad_request");
    assertThat(answer.message()).startsWith("The body is not valid JSON");
  }

  @Test
  void trailingGarbageAfterJsonIsA400() {
    assertThat(control.post("reset", "{} {}").status()).isEqualTo(400);
  }

  @Test
  void unknownKeyIsA400NamingIt() {
    ControlHttp.Answer answer = control.post("reset", "{\"closeConnection\":true}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("'closeConnection'").contains("closeConnections");
  }

  @Test
  void wrongTypeIsA400NamingKeyAndType() {
    ControlHttp.Answer answer = control.post("reset", "{\"closeConnections\":\"yes\"}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message())
        .contains("'closeConnections'")
        .contains("true or false")
        .contains("a string");
  }

  @Test
  void bodyOverTheLimitIsA413() {
    ControlHttp.Answer answer = control.post("stubs", "{\"on\":\"" + "x".repeat(2000) + "\"}");
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.error()).isEqualTo("body_too_large");
    assertThat(control.get("health").status()).as("the server keeps serving").isEqualTo(200);
  }

  @Test
  void unknownConnectionIsA404ForEveryAction() {
    for (String action : new String[] {"send", "close", "drop", "ping"}) {
      ControlHttp.Answer answer =
          control.post("connections/c9/" + action, action.equals("send") ? "{\"text\":\"x\"}" : "");
      assertThat(answer.status()).as(action).isEqualTo(404);
      assertThat(answer.message()).as(action).contains("'c9'");
    }
    assertThat(control.get("connections/c9").status()).isEqualTo(404);
  }

  @Test
  void latestWithNoOpenConnectionIsA404AndAllSendsNothing() {
    assertThat(control.post("connections/latest/send", "{\"text\":\"x\"}").status()).isEqualTo(404);
    ControlHttp.Answer all = control.post("connections/all/send", "{\"text\":\"x\"}");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().getAsJsonObject().get("sent").getAsInt()).isZero();
  }

  @Test
  void sendBodyMustBeExactlyOneShape() {
    assertThat(control.post("connections/all/send", "{}").status()).isEqualTo(400);
    assertThat(control.post("connections/all/send", "{\"text\":\"a\",\"json\":1}").status())
        .isEqualTo(400);
    assertThat(control.post("connections/all/send", "{\"text\":5}").status()).isEqualTo(400);
    assertThat(control.post("connections/all/send", "{\"binary\":\"not base64!\"}").message())
        .contains("base64");
  }

  @Test
  void invalidRegexIsA400() {
    ControlHttp.Answer answer = control.post("frames/await", "{\"match\":{\"regex\":\"[a-\"}}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("regular expression");
  }

  @Test
  void badQueryParameterIsA400() {
    ControlHttp.Answer answer = control.get("connections/await?count=many");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("'count'");
  }

  @Test
  void invalidCloseCodeIsA400() {
    assertThat(control.post("connections/all/close", "{\"code\":1006}").message())
        .contains("cannot be sent");
  }

  @Test
  void malformedHttpGetsTheJsonErrorShapeToo() throws IOException {
    try (RawSocket socket = new RawSocket(server.controlPort())) {
      socket.write(
          "GET /health HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      String answer = socket.readToEnd();
      assertThat(answer)
          .startsWith("HTTP/1.1 400")
          .contains("Content-Type: application/json")
          .contains("\"error\":\"bad_request\"");
    }
  }

  @Test
  void plainHttpOnTheWebSocketPortGetsAClear426() {
    ControlHttp ws =
        ControlHttp.unchecked(URI.create("http://localhost:" + server.webSocketPort() + "/"));
    ControlHttp.Answer answer = ws.get("payments");
    assertThat(answer.status()).isEqualTo(426);
    assertThat(answer.body()).contains("only accepts WebSocket upgrades");
  }
}
