package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Several mock services side by side in one JVM, each with its own ports and state. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
class ParallelContainersIT {
  @Container
  static MockPaymentsContainer payments =
      new MockPaymentsContainer().withStub(Stub.onConnect().reply(Reply.text("payments")));

  @Container
  static MockPaymentsContainer refunds =
      new MockPaymentsContainer().withStub(Stub.onConnect().reply(Reply.text("refunds")));

  @Test
  void eachContainerIsItsOwnService() {
    assertThat(payments.getWebSocketUrl()).isNotEqualTo(refunds.getWebSocketUrl());
    TestSocket toPayments = TestSocket.connect(payments.getWebSocketUrl("/ws"));
    TestSocket toRefunds = TestSocket.connect(refunds.getWebSocketUrl("/ws"));
    assertThat(toPayments.nextText()).isEqualTo("payments");
    assertThat(toRefunds.nextText()).isEqualTo("refunds");

    toRefunds.send("refund 7");
    assertThat(refunds.awaitFrame(Match.any(), Duration.ofSeconds(5)).text()).isEqualTo("refund 7");
    assertThat(payments.receivedFrames()).as("nothing leaks between containers").isEmpty();
  }
}
