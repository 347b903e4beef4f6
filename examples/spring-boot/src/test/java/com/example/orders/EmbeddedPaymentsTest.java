package com.example.orders;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.MockPayments;
import org.mockpayments.server.MockPaymentsServerExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bean's tests against the mock inside the test's JVM: no Docker. */
class EmbeddedPaymentsTest extends PaymentsClientContract {
  // with-spring-boot-embedded-begin
  @RegisterExtension
  static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

  @DynamicPropertySource
  static void paymentsUrl(DynamicPropertyRegistry registry) {
    registry.add("payments.url", () -> payments.getWebSocketUrl("/payments"));
  }

  // with-spring-boot-embedded-end

  @Override
  MockPayments payments() {
    return payments;
  }
}
