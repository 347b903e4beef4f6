package com.example.orders;

import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsExtension;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The payment tests against an image named explicitly, as a registry's copy is: CI passes {@code
 * -DmockPayments.image=localhost:5000/mock-payments-server:<version>} after pulling it back from a
 * registry; by default it is the locally built image, declared the same way.
 */
@Testcontainers
class RegistryImageTest extends PaymentsContract {
  static final String IMAGE =
      System.getProperty(
          "mockPayments.image", "mock-payments-server:" + MockPaymentsContainer.DEFAULT_TAG);

  // use-in-your-project-registry-begin
  @Container
  static MockPaymentsContainer payments =
      new MockPaymentsContainer(
          DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("mock-payments-server"));

  // use-in-your-project-registry-end

  @RegisterExtension
  static MockPaymentsExtension mock = MockPaymentsExtension.of(payments).resettingBeforeEachTest();

  @Override
  MockPayments payments() {
    return payments;
  }

  @Override
  URI paymentsUrl() {
    return payments.getWebSocketUrl("/payments");
  }
}
