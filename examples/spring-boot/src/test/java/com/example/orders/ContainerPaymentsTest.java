package com.example.orders;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsExtension;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The bean's tests against the mock in a container. */
@Testcontainers
class ContainerPaymentsTest extends PaymentsClientContract {
  // with-spring-boot-container-begin
  @Container static MockPaymentsContainer payments = new MockPaymentsContainer();

  @RegisterExtension
  static MockPaymentsExtension mock = MockPaymentsExtension.of(payments).resettingBeforeEachTest();

  @DynamicPropertySource
  static void paymentsUrl(DynamicPropertyRegistry registry) {
    registry.add("payments.url", () -> payments.getWebSocketUrl("/payments"));
  }

  // with-spring-boot-container-end

  @Override
  MockPayments payments() {
    return payments;
  }
}
