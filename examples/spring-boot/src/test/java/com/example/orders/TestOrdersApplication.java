package com.example.orders;

import org.springframework.boot.SpringApplication;

/**
 * The Orders service against the mock, for local development: {@code mvn spring-boot:test-run}
 * starts the mock's container, then the application pointed at it; the mock's control API (its
 * debug page included) is on the port the container's log names.
 */
public class TestOrdersApplication {
  // with-spring-boot-test-run-begin
  public static void main(String[] args) {
    SpringApplication.from(OrdersApplication::main).with(MockPaymentsConfiguration.class).run(args);
  }
  // with-spring-boot-test-run-end
}
