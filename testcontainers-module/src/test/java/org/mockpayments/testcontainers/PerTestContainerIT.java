package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.testsupport.TestSocket;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** An instance field: a fresh container for every test, so each starts from c1 with no frames. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
class PerTestContainerIT {
  @Container MockPaymentsContainer payments = new MockPaymentsContainer();

  @RepeatedTest(2)
  void everyTestGetsAFreshServer() {
    assertThat(payments.frames()).isEmpty();
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
    MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
    assertThat(conn.id()).isEqualTo("c1");
    assertThat(conn.info().seq()).as("the first event of a fresh server").isEqualTo(1);
    client.send("hello");
    assertThat(payments.awaitFrame(Match.equalTo("hello"), Duration.ofSeconds(5)).seq())
        .isEqualTo(2);
  }
}
