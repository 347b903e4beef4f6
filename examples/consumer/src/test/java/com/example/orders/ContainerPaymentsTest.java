package com.example.orders;

import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsExtension;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The payment tests against the mock in a container. */
@Testcontainers
class ContainerPaymentsTest extends PaymentsContract {
  // use-in-your-project-container-begin
  @Container static MockPaymentsContainer payments = new MockPaymentsContainer();

  @RegisterExtension
  static MockPaymentsExtension mock = MockPaymentsExtension.of(payments).resettingBeforeEachTest();

  // use-in-your-project-container-end

  @Override
  MockPayments payments() {
    return payments;
  }

  @Override
  URI paymentsUrl() {
    return payments.getWebSocketUrl("/payments");
  }
}
