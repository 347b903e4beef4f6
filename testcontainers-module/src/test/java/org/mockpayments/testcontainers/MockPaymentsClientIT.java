package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.testsupport.TestSocket;
import org.mockpayments.testsupport.TypedClientSuite;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Every method of the typed client ({@link TypedClientSuite}) against the real image over HTTP,
 * sharing one container with resets; and a client made by hand from the control URL.
 */
@Testcontainers
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MockPaymentsClientIT extends TypedClientSuite {
  @Container static MockPaymentsContainer payments = new MockPaymentsContainer();

  @Override
  protected MockPayments payments() {
    return payments;
  }

  @Override
  protected URI webSocketUrl(String path) {
    return payments.getWebSocketUrl(path);
  }

  @Test
  void aStandaloneClientWorksFromTheControlUrl() {
    URI controlUrl = payments.getControlUrl();
    TestSocket.connect(payments.getWebSocketUrl("/payments"));
    // standalone-client-begin
    MockPayments standalone = new MockPaymentsClient(controlUrl);
    MockConnection conn = standalone.awaitConnection(Duration.ofSeconds(5));
    conn.sendJson("{\"state\":\"FULFILL\"}");
    // standalone-client-end
    assertThat(conn.id()).isEqualTo("c1");
  }
}
