package org.mockpayments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockpayments.sample.Orders.WAIT;
import static org.mockpayments.sample.Orders.awaitState;
import static org.mockpayments.sample.Orders.order;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockpayments.client.ConnectionInfo;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * "Record your sandbox": the Payments sandbox (here a mock scripted with the whole conversation)
 * runs in a container of its own; a proxying mock in front of it on the same network forwards the
 * Orders client, records what the sandbox answered, and the recording alone then plays the sandbox
 * for the same flow.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
@ParameterizedClass(name = "{0}")
@MethodSource("org.mockpayments.sample.Transports#all")
class RecordAndReplayIT {
  private static final Network NETWORK = Network.newNetwork();

  // record-your-sandbox-containers-begin
  @Container
  static MockPaymentsContainer sandbox =
      new MockPaymentsContainer()
          .withNetwork(NETWORK)
          .withNetworkAliases("payments-sandbox")
          .withStubsFromClasspath("scenarios/payments-happy-path.json");

  @Container
  static MockPaymentsContainer proxy =
      new MockPaymentsContainer()
          .withNetwork(NETWORK)
          .withProxyTarget(URI.create("ws://payments-sandbox:8080"))
          .withProxyHeader("Authorization", "Bearer sandbox-token");

  // record-your-sandbox-containers-end

  private final Supplier<WebSocketTransport> transport;

  RecordAndReplayIT(Supplier<WebSocketTransport> transport) {
    this.transport = transport;
  }

  @AfterAll
  static void closeNetwork() {
    NETWORK.close();
  }

  @BeforeEach
  void startAfresh() {
    proxy.resetAndCloseConnections();
    sandbox.resetAndCloseConnections();
  }

  private Order pay(MockPaymentsContainer payments, String id) {
    OrderRepository orders = new OrderRepository();
    try (PaymentsClient client =
        new PaymentsClient(payments.getWebSocketUrl("/payments"), transport.get(), orders)) {
      client.pay(order(id));
      awaitState(orders, id, OrderState.FULFILLED);
      assertThat(orders.invoices()).extracting(Invoice::orderId).containsExactly(id);
      return orders.getOrder(id).orElseThrow();
    }
  }

  @Test
  void theRecordedSandboxPlaysThePaymentFlowWithoutTheSandbox(@TempDir Path dir) throws Exception {
    Order recorded = pay(proxy, "o-recorded");
    assertThat(recorded.paymentUrl())
        .isEqualTo("https://pay.example/checkout/o-recorded?session=c1");
    assertThat(proxy.connections())
        .extracting(ConnectionInfo::proxiedTo)
        .containsOnly("ws://payments-sandbox:8080");
    proxy.awaitFrame(Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}"), WAIT);

    // record-your-sandbox-save-begin
    Path recording = dir.resolve("payments-sandbox.json");
    proxy.saveRecording(recording);
    // record-your-sandbox-save-end
    assertThat(Files.readString(recording))
        .contains("{{json.order_id}}")
        .doesNotContain("o-recorded")
        .doesNotContain("sandbox-token");

    // record-your-sandbox-replay-begin
    try (MockPaymentsContainer replay = new MockPaymentsContainer().withStubsFile(recording)) {
      replay.start();
      Order replayed = pay(replay, "o-replayed");
      assertThat(replayed.paymentUrl())
          .isEqualTo("https://pay.example/checkout/o-replayed?session=c1");
    }
    // record-your-sandbox-replay-end
  }

  @Test
  void aDroppedProxiedConnectionIsSurvivedByReconnectingThroughTheProxy() {
    sandbox.addStub(
        Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}"))
            .priority(1)
            .reply(
                Reply.json(
                    "{\"payment_url\":\"https://pay.example/checkout/{{json.order_id}}\"}")));
    OrderRepository orders = new OrderRepository();
    ReconnectPolicy fast = new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 5);
    // The drop reaches the client as a FIN through Docker's port proxy, and the JDK's client now
    // and
    // then misses an end of stream that follows a frame closely (its socket seen in CLOSE_WAIT,
    // with
    // neither onClose nor onError): the client then learns of the drop from its heartbeat only, as
    // a
    // real one would. Its pong timeout must be well within WAIT.
    Heartbeat quick = new Heartbeat(Duration.ofMillis(200), Duration.ofMillis(800));
    try (PaymentsClient client =
        new PaymentsClient(
            proxy.getWebSocketUrl("/payments"), transport.get(), orders, fast, quick)) {
      client.pay(order("o-dropped"));
      Match choseCard = Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}");
      MockConnection first = proxy.awaitConnection(WAIT);
      first.awaitFrame(choseCard, WAIT);
      first.drop();
      sandbox.awaitConnection(WAIT).awaitClosed(WAIT);

      MockConnection second = proxy.awaitConnection(WAIT);
      assertThat(second.info().proxiedTo()).isEqualTo("ws://payments-sandbox:8080");
      second.awaitFrame(choseCard, WAIT);
      second.sendJson("{\"state\":\"FULFILL\"}");
      awaitState(orders, "o-dropped", OrderState.FULFILLED);
    }
  }
}
