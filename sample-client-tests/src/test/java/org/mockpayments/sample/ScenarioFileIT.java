package org.mockpayments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockpayments.sample.Orders.WAIT;
import static org.mockpayments.sample.Orders.awaitState;
import static org.mockpayments.sample.Orders.order;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockpayments.client.Match;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The whole conversation scripted in a stubs file on the classpath, with scenario states and a
 * templated payment URL: no test code drives the mock, the test only watches the order.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
@ParameterizedClass(name = "{0}")
@MethodSource("org.mockpayments.sample.Transports#all")
class ScenarioFileIT {
  @Container
  static MockPaymentsContainer payments =
      new MockPaymentsContainer().withStubsFromClasspath("scenarios/payments-happy-path.json");

  private final Supplier<WebSocketTransport> transport;

  ScenarioFileIT(Supplier<WebSocketTransport> transport) {
    this.transport = transport;
  }

  @Test
  void scenarioDrivesTheOrderToFulfilment() {
    payments.resetAndCloseConnections();
    OrderRepository orders = new OrderRepository();
    try (PaymentsClient client =
        new PaymentsClient(payments.getWebSocketUrl("/payments"), transport.get(), orders)) {
      client.pay(order("o-scenario"));

      Order fulfilled = awaitState(orders, "o-scenario", OrderState.FULFILLED);
      assertThat(fulfilled.paymentUrl())
          .isEqualTo("https://pay.example/checkout/o-scenario?session=c1");
      assertThat(orders.invoices()).extracting(Invoice::orderId).containsExactly("o-scenario");
      payments.awaitFrame(
          Match.jsonSubset("{\"initiate_payment\":\"credit_card\",\"order_id\":\"o-scenario\"}"),
          WAIT);
      assertThat(payments.stubs()).extracting(stub -> stub.fired()).containsExactly(1, 1);
      assertThat(payments.latest().info().scenarioState()).isEqualTo("awaiting_payment");
    }
  }
}
