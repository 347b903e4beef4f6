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
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Two Payments regions, each its own mock container, serving two clients at the same time. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
@ParameterizedClass(name = "{0}")
@MethodSource("org.mockpayments.sample.Transports#all")
class ParallelContainersIT {
  @Container
  static MockPaymentsContainer europe =
      new MockPaymentsContainer().withStub(PaymentFlowIT.OFFER_METHODS);

  @Container
  static MockPaymentsContainer america =
      new MockPaymentsContainer().withStub(PaymentFlowIT.OFFER_METHODS);

  private final Supplier<WebSocketTransport> transport;

  ParallelContainersIT(Supplier<WebSocketTransport> transport) {
    this.transport = transport;
  }

  @Test
  void eachRegionPaysItsOwnOrder() {
    europe.resetAndCloseConnections();
    america.resetAndCloseConnections();
    OrderRepository orders = new OrderRepository();
    try (PaymentsClient eu =
            new PaymentsClient(europe.getWebSocketUrl("/payments"), transport.get(), orders);
        PaymentsClient us =
            new PaymentsClient(america.getWebSocketUrl("/payments"), transport.get(), orders)) {
      eu.pay(order("o-eu"));
      us.pay(order("o-us"));

      MockConnection euConn = europe.awaitConnection(WAIT);
      MockConnection usConn = america.awaitConnection(WAIT);
      euConn.awaitFrame(PaymentFlowIT.CHOSE_CARD, WAIT);
      usConn.awaitFrame(PaymentFlowIT.CHOSE_CARD, WAIT);
      euConn.sendJson("{\"state\":\"FULFILL\"}");
      usConn.sendJson("{\"state\":\"CANCEL\"}");

      awaitState(orders, "o-eu", OrderState.FULFILLED);
      awaitState(orders, "o-us", OrderState.CANCELLED);
      assertThat(europe.receivedFrames()).allMatch(frame -> frame.text().contains("o-eu"));
      assertThat(america.receivedFrames()).allMatch(frame -> frame.text().contains("o-us"));
    }
  }
}
