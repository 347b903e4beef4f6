package com.example.orders;

import org.junit.jupiter.api.BeforeEach;
import org.mockpayments.client.MockPayments;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The bean's tests against the container bean of {@link MockPaymentsConfiguration}. */
@Import(MockPaymentsConfiguration.class)
class ConfiguredPaymentsTest extends PaymentsClientContract {
  // with-spring-boot-import-begin
  @Autowired MockPaymentsContainer payments;

  @BeforeEach
  void resetTheMock() {
    payments.reset();
  }

  // with-spring-boot-import-end

  @Override
  MockPayments payments() {
    return payments;
  }
}
