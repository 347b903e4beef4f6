package org.mockpayments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockpayments.sample.Orders.WAIT;
import static org.mockpayments.sample.Orders.awaitState;
import static org.mockpayments.sample.Orders.order;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The payment conversation, against one container shared by the whole class and reset before each
 * test. Runs once per client implementation; no test knows which it drives.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
@ParameterizedClass(name = "{0}")
@MethodSource("org.mockpayments.sample.Transports#all")
class PaymentFlowIT {
  static final Match INITIATE = Match.jsonSubset("{\"initiate_payment\":true}");
  static final Match CHOSE_CARD = Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}");
  static final Stub OFFER_METHODS =
      Stub.onMessage(INITIATE)
          .reply(Reply.json("{\"payment_methods\":[\"credit_card\",\"paypal\"]}"));
  static final Stub GIVE_URL =
      Stub.onMessage(CHOSE_CARD)
          .reply(Reply.json("{\"payment_url\":\"https://pay.example/checkout/42\"}"));

  @Container static MockPaymentsContainer payments = new MockPaymentsContainer();

  private final Supplier<WebSocketTransport> transport;
  private final OrderRepository orders = new OrderRepository();
  private PaymentsClient client;

  PaymentFlowIT(Supplier<WebSocketTransport> transport) {
    this.transport = transport;
  }

  @BeforeEach
  void startClient() {
    payments.resetAndCloseConnections();
    ReconnectPolicy fast = new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 5);
    client =
        new PaymentsClient(
            payments.getWebSocketUrl("/payments"),
            transport.get(),
            orders,
            fast,
            Heartbeat.standard());
  }

  @AfterEach
  void stopClient() {
    client.close();
  }

  @Test
  void fullPaymentInteraction() {
    payments.addStub(OFFER_METHODS);
    client.pay(order("o-1"));

    MockConnection conn = payments.awaitConnection(WAIT);
    Frame initiate = conn.awaitFrame(INITIATE, WAIT);
    assertThat(json(initiate))
        .isEqualTo(
            json(
                "{\"initiate_payment\":true,\"order_id\":\"o-1\",\"amount\":42.50,\"currency\":\"EUR\"}"));
    conn.awaitFrame(
        Match.jsonSubset("{\"initiate_payment\":\"credit_card\",\"order_id\":\"o-1\"}"), WAIT);

    conn.sendJson("{\"state\":\"FULFILL\"}");
    Order fulfilled = awaitState(orders, "o-1", OrderState.FULFILLED);
    assertThat(fulfilled.paymentMethod()).isEqualTo("credit_card");
    assertThat(orders.invoices())
        .singleElement()
        .isEqualTo(new Invoice("o-1", fulfilled.amount(), "EUR", "credit_card"));
  }

  @Test
  void paymentUrlIsStoredOnTheOrder() {
    payments.addStub(OFFER_METHODS);
    payments.addStub(GIVE_URL);
    client.pay(order("o-2"));

    Order awaiting = awaitState(orders, "o-2", OrderState.AWAITING_PAYMENT);
    assertThat(awaiting.paymentUrl()).isEqualTo("https://pay.example/checkout/42");
  }

  @Test
  void cancelClosesTheConnectionNormally() {
    payments.addStub(OFFER_METHODS);
    client.pay(order("o-3"));
    MockConnection conn = payments.awaitConnection(WAIT);
    conn.awaitFrame(CHOSE_CARD, WAIT);

    conn.sendJson("{\"state\":\"CANCEL\"}");
    assertThat(conn.awaitClosed(WAIT).code()).as("closed by the client, normally").isEqualTo(1000);
    assertThat(awaitState(orders, "o-3", OrderState.CANCELLED).paymentUrl()).isNull();
    assertThat(orders.invoices()).isEmpty();
  }

  @Test
  void noPaymentMethodFailsTheOrderAndCloses() {
    payments.addStub(Stub.onMessage(INITIATE).reply(Reply.json("{\"payment_methods\":[]}")));
    client.pay(order("o-4"));
    MockConnection conn = payments.awaitConnection(WAIT);

    assertThat(conn.awaitClosed(WAIT).code()).isEqualTo(1000);
    assertThat(awaitState(orders, "o-4", OrderState.FAILED).failureReason())
        .contains("no payment method");
  }

  @Test
  void garbageAndBinaryFramesAreIgnored() {
    client.pay(order("o-5"));
    MockConnection conn = payments.awaitConnection(WAIT);
    conn.awaitFrame(INITIATE, WAIT);

    conn.sendText("this is not JSON");
    conn.sendBinary(new byte[] {1, 2, 3});
    conn.sendJson("{\"unexpected\":\"shape\"}");
    conn.sendJson("[1,2]");
    conn.sendJson("{\"payment_methods\":[\"paypal\"]}");

    conn.awaitFrame(
        Match.jsonSubset("{\"initiate_payment\":\"paypal\",\"order_id\":\"o-5\"}"), WAIT);
    assertThat(conn.info().open()).as("the connection survived the garbage").isTrue();
    assertThat(orders.getOrder("o-5").orElseThrow().state()).isEqualTo(OrderState.METHOD_CHOSEN);
  }

  @Test
  void applicationCloseCodeFailsTheOrderWithTheReason() {
    payments.addStub(OFFER_METHODS);
    client.pay(order("o-6"));
    MockConnection conn = payments.awaitConnection(WAIT);
    conn.awaitFrame(INITIATE, WAIT);
    conn.awaitFrame(CHOSE_CARD, WAIT);

    conn.close(4001, "card declined");
    Order failed = awaitState(orders, "o-6", OrderState.FAILED);
    assertThat(failed.failureReason()).contains("4001").contains("card declined");
    payments.assertNoFrame(
        INITIATE, Duration.ofMillis(300)); // no reconnect after a deliberate close
  }

  @Test
  void droppedConnectionReconnectsAndResumes() {
    payments.addStub(OFFER_METHODS);
    client.pay(order("o-7"));
    MockConnection first = payments.awaitConnection(WAIT);
    first.awaitFrame(CHOSE_CARD, WAIT);

    first.drop();
    MockConnection second = payments.awaitConnection(WAIT);
    assertThat(second.id()).isNotEqualTo(first.id());
    second.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true,\"order_id\":\"o-7\"}"), WAIT);
    second.awaitFrame(CHOSE_CARD, WAIT);

    second.sendJson("{\"state\":\"FULFILL\"}");
    awaitState(orders, "o-7", OrderState.FULFILLED);
    assertThat(orders.invoices()).hasSize(1);
  }

  @Test
  void severalOrdersEachHaveTheirOwnConnection() {
    payments.addStub(OFFER_METHODS);
    List<String> ids = List.of("o-8a", "o-8b", "o-8c");
    ids.forEach(id -> client.pay(order(id)));

    List<MockConnection> connections = payments.awaitConnections(ids.size(), WAIT);
    for (MockConnection conn : connections) {
      String orderId = json(conn.awaitFrame(CHOSE_CARD, WAIT)).get("order_id").getAsString();
      conn.sendJson(orderId.equals("o-8b") ? "{\"state\":\"CANCEL\"}" : "{\"state\":\"FULFILL\"}");
    }
    awaitState(orders, "o-8a", OrderState.FULFILLED);
    awaitState(orders, "o-8b", OrderState.CANCELLED);
    awaitState(orders, "o-8c", OrderState.FULFILLED);
    assertThat(orders.invoices())
        .extracting(Invoice::orderId)
        .containsExactlyInAnyOrder("o-8a", "o-8c");
  }

  static JsonObject json(Frame frame) {
    return json(frame.text());
  }

  static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }
}
