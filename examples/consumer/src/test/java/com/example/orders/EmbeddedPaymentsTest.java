package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPayments;
import org.mockpayments.server.MockPaymentsServerExtension;

/**
 * The same payment tests against the mock inside this JVM: no Docker, a start of a few hundred ms.
 */
class EmbeddedPaymentsTest extends PaymentsContract {
  // use-in-your-project-embedded-begin
  @RegisterExtension
  static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

  // use-in-your-project-embedded-end

  @Override
  MockPayments payments() {
    return payments;
  }

  @Override
  URI paymentsUrl() {
    return payments.getWebSocketUrl("/payments");
  }

  /** Only the mock inside the JVM runs the test's own code: a Java handler. */
  @Test
  void aJavaHandlerPlaysThePaymentWithCodeOfTheTests() {
    // java-handler-begin
    payments.onMessage(
        Match.jsonHas("initiate_payment"),
        (message, connection) -> {
          if (message.text().contains("\"initiate_payment\":true")) {
            connection.sendText("{\"payment_methods\":[\"paypal\"]}");
          } else {
            connection.sendText("{\"state\":\"FULFILL\"}");
          }
        });
    // java-handler-end
    try (PaymentsConnection orders = PaymentsConnection.open(paymentsUrl())) {
      orders.startPayment("o-4");
      assertThat(orders.fulfilled()).succeedsWithin(WAIT).isEqualTo("o-4");
    }
  }
}
