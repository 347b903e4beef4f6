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
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** A container per test (an instance field): slower, but nothing can leak from another test. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
@ParameterizedClass(name = "{0}")
@MethodSource("org.mockpayments.sample.Transports#all")
class PerTestContainerIT {
  @Container
  MockPaymentsContainer payments =
      new MockPaymentsContainer()
          .withStub(PaymentFlowIT.OFFER_METHODS)
          .withStub(
              Stub.onMessage(PaymentFlowIT.CHOSE_CARD).reply(Reply.json("{\"state\":\"CANCEL\"}")));

  private final Supplier<WebSocketTransport> transport;

  PerTestContainerIT(Supplier<WebSocketTransport> transport) {
    this.transport = transport;
  }

  @Test
  void paymentsCancelsRightAfterTheMethodIsChosen() {
    OrderRepository orders = new OrderRepository();
    try (PaymentsClient client =
        new PaymentsClient(payments.getWebSocketUrl("/payments"), transport.get(), orders)) {
      client.pay(order("o-fresh"));
      MockConnection conn = payments.awaitConnection(WAIT);
      assertThat(conn.id()).as("a fresh server numbers from c1").isEqualTo("c1");

      assertThat(conn.awaitClosed(WAIT).code()).isEqualTo(1000);
      awaitState(orders, "o-fresh", OrderState.CANCELLED);
    }
  }
}
