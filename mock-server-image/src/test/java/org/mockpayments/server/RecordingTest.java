package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mockpayments.client.Match;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;

/** Recording what a real server answered through the proxy, and replaying it with no server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecordingTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private MockPaymentsServer upstream;
  private MockPaymentsServer proxy;
  private MockPaymentsServer replay;

  @AfterEach
  void stop() {
    for (MockPaymentsServer server : new MockPaymentsServer[] {replay, proxy, upstream}) {
      if (server != null) {
        server.close();
      }
    }
  }

  /** The Payments service's conversation, as the sample's scenario file scripts it. */
  private void startPaymentsBehindAProxy() {
    upstream =
        MockPaymentsServer.start(
            ServerSettings.builder().stubsFromClasspath("payments-conversation.json").build(),
            QUIET);
    proxy =
        MockPaymentsServer.start(
            ServerSettings.builder()
                .proxy(
                    ProxySettings.to(upstream.getWebSocketUrl())
                        .withHeader("Authorization", "Bearer sandbox-secret-42"))
                .build(),
            QUIET);
  }

  /** The Orders client's side of a payment, checking each answer. */
  private static void pay(MockPaymentsServer payments, String order) {
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
    assertThat(client.nextText()).isEqualTo("{\"service\":\"payments\",\"version\":2}");
    client.send("{\"initiate_payment\":true,\"order_id\":\"" + order + "\",\"amount\":\"12.50\"}");
    assertThat(client.nextText()).isEqualTo("{\"payment_methods\":[\"credit_card\",\"paypal\"]}");
    client.send("{\"initiate_payment\":\"credit_card\",\"order_id\":\"" + order + "\"}");
    assertThat(client.nextText())
        .isEqualTo("{\"payment_url\":\"https://pay.example/checkout/" + order + "\"}");
    assertThat(client.nextText()).isEqualTo("{\"state\":\"FULFILL\"}");
    client.close(1000, "paid");
  }

  @Test
  void aRecordedConversationReplaysForAnotherOrderWithNoServer(@TempDir Path dir) throws Exception {
    startPaymentsBehindAProxy();
    pay(proxy, "o-recorded");

    proxy.awaitConnection(WAIT).awaitClosed(WAIT);
    String recorded = proxy.recording();
    assertThat(recorded)
        .as("the target's answer to the client's own close is not replayed")
        .doesNotContain("\"close\"");
    JsonArray stubs = JsonParser.parseString(recorded).getAsJsonArray();
    assertThat(stubs).hasSize(3);
    JsonObject onConnect = stubs.get(0).getAsJsonObject();
    assertThat(onConnect.get("on").getAsString()).isEqualTo("connect");
    assertThat(onConnect.get("path").getAsString()).isEqualTo("/payments");
    JsonObject initiate = stubs.get(1).getAsJsonObject();
    assertThat(initiate.getAsJsonObject("match").toString())
        .as("the order id is left out of the match, and required")
        .isEqualTo(
            "{\"jsonSubset\":{\"initiate_payment\":true,\"amount\":\"12.50\"},\"jsonHas\":[\"order_id\"]}");
    JsonArray checkout = stubs.get(2).getAsJsonObject().getAsJsonArray("reply");
    assertThat(
            checkout
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("json")
                .get("payment_url")
                .getAsString())
        .as("the echoed order id became a placeholder")
        .isEqualTo("https://pay.example/checkout/{{json.order_id}}");
    assertThat(checkout.get(1).getAsJsonObject().get("delayMs").getAsLong())
        .as("the FULFILL came 50 ms after the payment URL")
        .isBetween(40L, 1000L);

    Path file = dir.resolve("payments-recorded.json");
    proxy.saveRecording(file);
    replay = MockPaymentsServer.start(ServerSettings.builder().stubsFile(file).build(), QUIET);
    pay(replay, "o-replayed");
  }

  @Test
  void secretsTheProxyAddedNeverReachTheRecording() {
    startPaymentsBehindAProxy();
    TestSocket client = TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    client.nextText();
    client.send("{\"whoami\":true}");
    assertThat(client.nextText()).contains("sandbox-secret-42");

    String recording = proxy.recording();
    assertThat(recording).doesNotContain("sandbox-secret-42").contains("REDACTED");
    assertThat(proxy.client().recording("/elsewhere")).isEqualTo("[]");
  }

  @Test
  void aFrameThatGotDifferentAnswersReplaysInOrderWithScenarioStates() {
    upstream = MockPaymentsServer.start(ServerSettings.ephemeral(), QUIET);
    upstream.addStub(
        Stub.onMessage(Match.equalTo("status?"))
            .whenState("started")
            .thenState("paid")
            .reply(Reply.text("PENDING")));
    upstream.addStub(
        Stub.onMessage(Match.equalTo("status?")).whenState("paid").reply(Reply.text("PAID")));
    proxy =
        MockPaymentsServer.start(
            ServerSettings.builder().proxy(ProxySettings.to(upstream.getWebSocketUrl())).build(),
            QUIET);
    TestSocket client = TestSocket.connect(proxy.getWebSocketUrl("/orders"));
    client.send("status?");
    assertThat(client.nextText()).isEqualTo("PENDING");
    client.send("status?");
    assertThat(client.nextText()).isEqualTo("PAID");

    JsonArray stubs = JsonParser.parseString(proxy.recording()).getAsJsonArray();
    assertThat(stubs).hasSize(2);
    assertThat(stubs.get(0).getAsJsonObject().get("whenState").getAsString()).isEqualTo("started");
    assertThat(stubs.get(1).getAsJsonObject().get("whenState").getAsString()).isEqualTo("step-2");

    replay = MockPaymentsServer.start(ServerSettings.ephemeral(), QUIET);
    stubs.forEach(stub -> replay.addStub(Stub.fromJson(stub.toString())));
    TestSocket again = TestSocket.connect(replay.getWebSocketUrl("/orders"));
    again.send("status?");
    assertThat(again.nextText()).isEqualTo("PENDING");
    again.send("status?");
    assertThat(again.nextText()).isEqualTo("PAID");
  }

  @Test
  void aResetStartsTheRecordingAfresh() {
    startPaymentsBehindAProxy();
    pay(proxy, "o-before");
    proxy.awaitConnection(WAIT).awaitClosed(WAIT);
    proxy.reset();
    assertThat(proxy.recording()).isEqualTo("[]");
  }
}
