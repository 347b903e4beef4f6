package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The README's quick start, word for word: keep the two in step. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
class QuickStartIT {
  // quick-start-begin
  @Container
  static MockPaymentsContainer payments =
      new MockPaymentsContainer()
          .withStub(
              Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
                  .reply(Reply.json("{\"payment_methods\":[\"credit_card\"]}")));

  @Test
  void fulfilsTheOrder() {
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
    MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));

    client.send("{\"initiate_payment\":true,\"order_id\":\"o-1\"}");
    assertThat(client.nextText()).isEqualTo("{\"payment_methods\":[\"credit_card\"]}");
    client.send("{\"initiate_payment\":\"credit_card\",\"order_id\":\"o-1\"}");

    Frame chosen =
        payments.awaitFrame(
            Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}"), Duration.ofSeconds(5));
    assertThat(chosen.text()).contains("\"order_id\":\"o-1\"");
    conn.sendJson("{\"state\":\"FULFILL\"}");
    assertThat(client.nextText()).isEqualTo("{\"state\":\"FULFILL\"}");
  }
  // quick-start-end
}
