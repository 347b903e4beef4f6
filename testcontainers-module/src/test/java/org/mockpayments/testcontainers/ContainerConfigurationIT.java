package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.client.MockPaymentsException;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;
import org.testcontainers.containers.Network;

/** Containers configured in every supported way, each started and stopped by the test itself. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ContainerConfigurationIT {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void stubsFromClasspathHostFileAndBuilderAllLoadAndSurviveReset(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("stubs.json");
    Files.writeString(
        file,
        "[{\"on\":\"message\",\"match\":{\"equals\":\"hello\"},\"reply\":[{\"text\":\"from"
            + " file\"}]}]");
    try (MockPaymentsContainer payments =
        new MockPaymentsContainer()
            .withStubsFromClasspath("stubs/greeting.json")
            .withStubsFile(file)
            .withStubJson(
                "{\"on\":\"message\",\"match\":{\"equals\":\"raw\"},\"reply\":[{\"text\":\"from"
                    + " json\"}]}")
            .withStub(Stub.onMessage(Match.equalTo("typed")).reply(Reply.text("from builder")))) {
      payments.start();
      payments.addStub(Stub.onMessage(Match.equalTo("added")).reply(Reply.text("from the API")));
      payments.reset();
      assertThat(payments.stubs())
          .as("start-up stubs survive a reset, added ones do not")
          .hasSize(5);

      TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
      assertThat(client.nextText()).isEqualTo("welcome");
      for (String[] exchange :
          new String[][] {
            {"ping", "pong"},
            {"hello", "from file"},
            {"raw", "from json"},
            {"typed", "from builder"}
          }) {
        client.send(exchange[0]);
        assertThat(client.nextText()).isEqualTo(exchange[1]);
      }
    }
  }

  @Test
  void messageSizeLimitIsPassedToTheServer() {
    try (MockPaymentsContainer payments = new MockPaymentsContainer().withMaxMessageBytes(1024)) {
      payments.start();
      TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
      MockConnection conn = payments.awaitConnection(WAIT);
      client.send("x".repeat(2048));
      assertThat(client.awaitClosed().code()).as("message too big").isEqualTo(1009);
      assertThat(conn.awaitClosed(WAIT).code()).isEqualTo(1009);
    }
  }

  @Test
  void controlTokenProtectsTheControlApiAndTheClientSendsIt() {
    try (MockPaymentsContainer payments =
        new MockPaymentsContainer().withControlToken("ci-secret")) {
      payments.start();
      TestSocket.connect(payments.getWebSocketUrl("/payments"));
      assertThat(payments.awaitConnection(WAIT).id())
          .as("the container's client sends the token")
          .isEqualTo("c1");

      assertThatThrownBy(() -> new MockPaymentsClient(payments.getControlUrl()).connections())
          .isInstanceOf(MockPaymentsException.class)
          .satisfies(e -> assertThat(((MockPaymentsException) e).status()).isEqualTo(401))
          .hasMessageContaining("Authorization: Bearer");
      assertThat(new MockPaymentsClient(payments.getControlUrl(), "ci-secret").connections())
          .hasSize(1);
    }
  }

  @Test
  void tlsServesWssWithACertificateTheContainerTrusts() throws Exception {
    try (MockPaymentsContainer payments = new MockPaymentsContainer().withTls()) {
      payments.start();
      assertThat(payments.getWebSocketUrl("/secure")).hasScheme("wss");
      assertThat(payments.getTrustStore().size()).isEqualTo(1);
      CompletableFuture<String> received = new CompletableFuture<>();
      HttpClient.newBuilder()
          .sslContext(payments.getSslContext())
          .build()
          .newWebSocketBuilder()
          .buildAsync(
              payments.getWebSocketUrl("/secure"),
              new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(
                    WebSocket webSocket, CharSequence data, boolean last) {
                  received.complete(data.toString());
                  return null;
                }
              })
          .get(10, TimeUnit.SECONDS);
      payments.awaitConnection(WAIT).sendText("secret");
      assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo("secret");
    }
    try (MockPaymentsContainer plain = new MockPaymentsContainer()) {
      plain.start();
      assertThatThrownBy(plain::getSslContext)
          .isInstanceOf(MockPaymentsException.class)
          .hasMessageContaining("MOCK_TLS");
    }
  }

  @Test
  void internalUrlUsesTheNetworkAlias() {
    try (Network network = Network.newNetwork();
        MockPaymentsContainer payments =
            new MockPaymentsContainer().withNetwork(network).withNetworkAliases("payments")) {
      assertThat(payments.getInternalWebSocketUrl("/ws?order=1"))
          .hasToString("ws://payments:8080/ws?order=1");
    }
    assertThatThrownBy(() -> new MockPaymentsContainer().getInternalWebSocketUrl("/ws"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withNetwork");
  }

  @Test
  void clientBeforeStartSaysWhatToDo() {
    assertThatThrownBy(() -> new MockPaymentsContainer().awaitConnection(WAIT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not running")
        .hasMessageContaining("@Container");
  }
}
