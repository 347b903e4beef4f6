package com.example.orders;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.testcontainers.MockPaymentsContainer;

/** With a Gson too old for the mock, each way in says why in one sentence, before any call. */
@Timeout(60)
class OldGsonIsNamedTest {
  private static final String CAUSE = "mock-payments needs Gson 2.10 or newer";
  private static final String JAR = "gson-2.9.1.jar";

  @Test
  void theClientNamesTheGsonItFound() {
    assertThatThrownBy(() -> new MockPaymentsClient(URI.create("http://localhost:8081")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(CAUSE)
        .hasMessageContaining(JAR)
        .hasMessageContaining("<dependencyManagement>");
  }

  @Test
  void theEmbeddedServerSaysSoAtItsFirstCall() {
    try (MockPaymentsServer payments = MockPaymentsServer.start()) {
      assertThatThrownBy(payments::client)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(CAUSE);
    }
  }

  @Test
  void theContainerSaysSoWhenItStarts() {
    try (MockPaymentsContainer payments = new MockPaymentsContainer()) {
      assertThatThrownBy(payments::start).hasStackTraceContaining(CAUSE);
    }
  }
}
