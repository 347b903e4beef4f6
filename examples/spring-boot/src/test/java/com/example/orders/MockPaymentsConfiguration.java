package com.example.orders;

import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The mock as a bean: Spring Boot starts the container with the context and stops it with the
 * context, and {@code payments.url} points at it. Tests import it; {@link TestOrdersApplication}
 * runs the whole application against it for local development ({@code mvn spring-boot:test-run}).
 */
// with-spring-boot-configuration-begin
@TestConfiguration(proxyBeanMethods = false)
public class MockPaymentsConfiguration {
  @Bean
  MockPaymentsContainer mockPayments() {
    return new MockPaymentsContainer();
  }

  @Bean
  DynamicPropertyRegistrar paymentsUrl(MockPaymentsContainer mockPayments) {
    return registry -> registry.add("payments.url", () -> mockPayments.getWebSocketUrl("/payments"));
  }
}
// with-spring-boot-configuration-end
