package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;

/**
 * The Orders service's payment tests, written once against {@link MockPayments}: each subclass runs
 * them against the mock in a container or inside the JVM.
 */
@Timeout(30)
abstract class PaymentsContract {
  static final Duration WAIT = Duration.ofSeconds(5);

  /** The mock these tests drive. */
  abstract MockPayments payments();

  /** Where the Orders service finds Payments. */
  abstract URI paymentsUrl();

  // use-in-your-project-test-begin
  @Test
  void paysWithTheFirstOfferedMethod() {
    payments()
        .addStub(
            Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
                .reply(Reply.json("{\"payment_methods\":[\"credit_card\",\"paypal\"]}")));

    try (PaymentsConnection orders = PaymentsConnection.open(paymentsUrl())) {
      orders.startPayment("o-1");

      MockConnection conn = payments().awaitConnection(WAIT);
      conn.awaitFrame(
          Match.jsonSubset("{\"initiate_payment\":\"credit_card\",\"order_id\":\"o-1\"}"), WAIT);
      conn.sendJson("{\"state\":\"FULFILL\"}");
      assertThat(orders.fulfilled()).succeedsWithin(WAIT).isEqualTo("o-1");
    }
  }

  // use-in-your-project-test-end

  @Test
  void aDeclinedPaymentIsClosedWithItsCode() {
    try (PaymentsConnection orders = PaymentsConnection.open(paymentsUrl())) {
      orders.startPayment("o-2");
      MockConnection conn = payments().awaitConnection(WAIT);
      conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true}"), WAIT);

      conn.close(4001, "declined");
      assertThat(orders.closed()).succeedsWithin(WAIT).isEqualTo(4001);
      assertThat(orders.fulfilled()).isNotDone();
    }
  }

  @Test
  void noFrameIsSentBeforeTheMethodsArrive() {
    try (PaymentsConnection orders = PaymentsConnection.open(paymentsUrl())) {
      orders.startPayment("o-3");
      MockConnection conn = payments().awaitConnection(WAIT);
      conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true}"), WAIT);
      conn.assertNoFrame(Match.jsonSubset("{\"order_id\":\"o-3\"}"), Duration.ofMillis(200));
    }
  }
}
