package org.mockpayments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockpayments.sample.Orders.WAIT;
import static org.mockpayments.sample.Orders.awaitState;
import static org.mockpayments.sample.Orders.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The payment conversation played from the Payments contract (an AsyncAPI document) instead of
 * hand-written stubs, with every frame the Orders client sends checked against it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
class PaymentContractIT {
  // contract-container-begin
  @Container
  static MockPaymentsContainer payments =
      new MockPaymentsContainer().withAsyncApiFromClasspath("asyncapi/payments.yaml");

  // contract-container-end

  private final OrderRepository orders = new OrderRepository();
  private PaymentsClient client;

  @BeforeEach
  void startClient() {
    payments.resetAndCloseConnections();
    client =
        new PaymentsClient(
            payments.getWebSocketUrl("/payments"),
            new JdkWebSocketTransport(),
            orders,
            new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 5),
            Heartbeat.standard());
  }

  @AfterEach
  void stopClient() {
    client.close();
  }

  // contract-happy-begin
  @Test
  void theContractAnswersAndTheTestPushesByName() {
    client.pay(order("o-1"));
    MockConnection conn = payments.awaitConnection(WAIT);

    Order awaiting = awaitState(orders, "o-1", OrderState.AWAITING_PAYMENT);
    assertThat(awaiting.paymentUrl()).isEqualTo("https://pay.example/checkout/42");
    conn.sendMessage("stateChange", "fulfil");

    awaitState(orders, "o-1", OrderState.FULFILLED);
    payments.assertNoContractViolations();
  }

  // contract-happy-end

  // contract-malformed-begin
  @Test
  void aMalformedInitiatePaymentIsNamedWithThePointerOfTheFault() {
    client.pay(Order.create("o-2", new BigDecimal("42.50"), "euro"));
    payments.awaitFrame(Match.jsonSubset("{\"order_id\":\"o-2\"}"), WAIT);

    assertThatThrownBy(payments::assertNoContractViolations)
        .hasMessageContaining("Frame #")
        .hasMessageContaining("closest is 'initiatePayment'")
        .hasMessageContaining("/currency: \"euro\" does not match the pattern ^[A-Z]{3}$");
  }
  // contract-malformed-end
}
