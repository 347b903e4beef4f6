package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The tests of the {@link PaymentsClient} bean, written once against {@link MockPayments}: each
 * subclass only says where the mock comes from.
 */
@SpringBootTest
@Timeout(60)
abstract class PaymentsClientContract {
  static final Duration WAIT = Duration.ofSeconds(5);

  @Autowired PaymentsClient client;

  /** The mock these tests drive. */
  abstract MockPayments payments();

  // with-spring-boot-test-begin
  @Test
  void paysWithTheFirstOfferedMethod() {
    payments()
        .addStub(
            Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
                .reply(Reply.json("{\"payment_methods\":[\"paypal\",\"credit_card\"]}")));

    CompletableFuture<String> paid = client.pay("o-1");

    MockConnection conn = payments().awaitConnection(WAIT);
    conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":\"paypal\",\"order_id\":\"o-1\"}"), WAIT);
    conn.sendJson("{\"state\":\"FULFILL\"}");
    assertThat(paid).succeedsWithin(WAIT).isEqualTo("o-1");
  }

  // with-spring-boot-test-end

  @Test
  void aPaymentThatPaymentsClosesFailsWithTheCloseCode() {
    CompletableFuture<String> paid = client.pay("o-2");

    MockConnection conn = payments().awaitConnection(WAIT);
    conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true,\"order_id\":\"o-2\"}"), WAIT);
    conn.close(4001, "declined");
    assertThat(paid)
        .failsWithin(WAIT)
        .withThrowableOfType(Exception.class)
        .withMessageContaining("4001");
  }
}
