package com.example.orders;

import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;
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
}
