package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;

/**
 * The server inside a test's JVM, as a user embeds it: one line to start, the same typed client.
 */
@Timeout(30)
class EmbeddingTest {
  @Test
  void startsOnFreePortsAndIsDrivenThroughItsClient() {
    // embedded-begin
    try (MockPaymentsServer payments = MockPaymentsServer.start()) {
      TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));

      MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
      conn.sendJson("{\"state\":\"FULFILL\"}");
      assertThat(client.nextText()).isEqualTo("{\"state\":\"FULFILL\"}");
    }
    // embedded-end
  }

  @Test
  void stubsGivenInTheSettingsAnswerAndSurviveResets() {
    ServerSettings settings =
        ServerSettings.builder()
            .stub(Stub.onMessage(Match.equalTo("ping")).reply(Reply.text("pong")))
            .build();
    try (MockPaymentsServer payments = MockPaymentsServer.start(settings)) {
      payments.addStub(
          Stub.onMessage(Match.equalTo("added")).reply(Reply.text("gone after reset")));
      payments.reset();
      TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));

      client.send("ping");
      assertThat(client.nextText()).isEqualTo("pong");
      assertThat(payments.stubs())
          .as("the settings' stub came back, the added one did not")
          .hasSize(1);
    }
  }

  @Test
  void itsUrlsAndPortsNameWhereItListensAndStopFreesThem() throws IOException {
    MockPaymentsServer payments = MockPaymentsServer.start();
    assertThat(payments.getWebSocketUrl("payments?order=1"))
        .hasToString("ws://localhost:" + payments.webSocketPort() + "/payments?order=1");
    assertThat(payments.getControlUrl()).hasToString("http://localhost:" + payments.controlPort());
    assertThat(payments.client().controlUrl())
        .hasToString("http://localhost:" + payments.controlPort() + "/");
    int port = payments.controlPort();
    try (Socket open = new Socket("localhost", port)) {
      assertThat(open.isConnected()).isTrue();
    }

    payments.stop();
    assertThatThrownBy(() -> new Socket("localhost", port).close())
        .as("nothing listens after stop")
        .isInstanceOf(IOException.class);
  }

  @Test
  void invalidStartupStubsFailTheStartWithASentence() {
    ServerSettings settings =
        ServerSettings.builder().stub(Stub.fromJson("{\"on\":\"sometimes\",\"reply\":[]}")).build();
    assertThatThrownBy(() -> MockPaymentsServer.start(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A stub of the settings is not valid")
        .hasMessageContaining("'on'");
  }
}
