package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class HandshakeRejectionsTest extends EmbeddedServer {
  @Test
  void refusesTheNextUpgradesWithTheChosenStatusHeadersAndBody() {
    ControlHttp.Answer created =
        control.post(
            "handshake-rejections",
            "{\"path\":\"/payments\",\"status\":503,\"headers\":{\"Retry-After\":\"2\"},\"body\":\"down"
                + " for maintenance\",\"times\":2}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getAsJsonObject().get("id").getAsString()).isEqualTo("h1");

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(
              () -> TestSocket.connect(ws("/payments?order=9"), "Authorization", "Bearer t"))
          .isInstanceOf(CompletionException.class)
          .satisfies(
              e -> {
                WebSocketHandshakeException refused = (WebSocketHandshakeException) e.getCause();
                assertThat(refused.getResponse().statusCode()).isEqualTo(503);
                assertThat(refused.getResponse().headers().firstValue("Retry-After")).hasValue("2");
                assertThat(String.valueOf(refused.getResponse().body()))
                    .contains("down for maintenance");
              });
    }
    TestSocket.connect(ws("/payments"));
    assertThat(control.get("connections/await").json().getAsJsonArray())
        .as("the third attempt gets through")
        .hasSize(1);

    JsonArray attempts = control.get("handshake-rejections/attempts").json().getAsJsonArray();
    assertThat(attempts).hasSize(2);
    JsonObject first = attempts.get(0).getAsJsonObject();
    assertThat(first.get("path").getAsString()).isEqualTo("/payments");
    assertThat(first.get("query").getAsString()).isEqualTo("order=9");
    assertThat(first.get("status").getAsInt()).isEqualTo(503);
    assertThat(
            first.getAsJsonObject("headers").getAsJsonArray("Authorization").get(0).getAsString())
        .isEqualTo("Bearer t");
    assertThat(
            control
                .get("handshake-rejections")
                .json()
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .get("fired")
                .getAsInt())
        .isEqualTo(2);
  }

  @Test
  void aRuleWithoutTimesRefusesUntilRemovedAndOnlyOnItsPath() {
    control.post("handshake-rejections", "{\"path\":\"/payments\",\"status\":401}");
    assertThatThrownBy(() -> TestSocket.connect(ws("/payments")))
        .isInstanceOf(CompletionException.class);
    assertThatThrownBy(() -> TestSocket.connect(ws("/payments")))
        .isInstanceOf(CompletionException.class);
    TestSocket.connect(ws("/refunds"));

    assertThat(control.delete("handshake-rejections/h1").status()).isEqualTo(204);
    TestSocket.connect(ws("/payments"));
    assertThat(control.get("connections/await?count=2").json().getAsJsonArray()).hasSize(2);
  }

  @Test
  void invalidRulesAreRejected() {
    assertThat(control.post("handshake-rejections", "{\"status\":200}").message())
        .contains("between 400 and 599");
    assertThat(control.post("handshake-rejections", "{}").message()).contains("needs 'status'");
    assertThat(
            control
                .post("handshake-rejections", "{\"status\":401,\"headers\":{\"X\":1}}")
                .message())
        .contains("must be a string");
  }

  @Test
  void resetClearsRulesAndAttempts() {
    control.post("handshake-rejections", "{\"status\":429}");
    assertThatThrownBy(() -> TestSocket.connect(ws("/payments")))
        .isInstanceOf(CompletionException.class);
    control.post("reset", "");
    assertThat(control.get("handshake-rejections/attempts").json().getAsJsonArray()).isEmpty();
    TestSocket.connect(ws("/payments"));
  }
}
