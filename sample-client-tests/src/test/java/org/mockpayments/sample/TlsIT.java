package org.mockpayments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockpayments.sample.Orders.WAIT;
import static org.mockpayments.sample.Orders.awaitState;
import static org.mockpayments.sample.Orders.order;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockpayments.client.MockConnection;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The payment over {@code wss://}, trusting the certificate the mock generated at start. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
@ParameterizedClass(name = "{0}")
@MethodSource("org.mockpayments.sample.Transports#allWithTls")
class TlsIT {
  @Container
  static MockPaymentsContainer payments =
      new MockPaymentsContainer().withTls().withStub(PaymentFlowIT.OFFER_METHODS);

  private final Function<SSLContext, WebSocketTransport> transport;

  TlsIT(Function<SSLContext, WebSocketTransport> transport) {
    this.transport = transport;
  }

  @Test
  void paysOverTls() {
    payments.resetAndCloseConnections();
    assertThat(payments.getWebSocketUrl("/payments")).hasScheme("wss");
    OrderRepository orders = new OrderRepository();
    try (PaymentsClient client =
        new PaymentsClient(
            payments.getWebSocketUrl("/payments"),
            transport.apply(payments.getSslContext()),
            orders)) {
      client.pay(order("o-tls"));
      MockConnection conn = payments.awaitConnection(WAIT);
      conn.awaitFrame(PaymentFlowIT.CHOSE_CARD, WAIT);
      conn.sendJson("{\"state\":\"FULFILL\"}");
      awaitState(orders, "o-tls", OrderState.FULFILLED);
    }
  }
}
