package org.mockpayments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class OrderTest {
  private final Order fulfilled =
      Order.create("o-1", new BigDecimal("42.50"), "EUR")
          .withPaymentMethod("credit_card")
          .withState(OrderState.FULFILLED);

  @Test
  void aPaymentUrlThatCrossedTheFulfillOnTheWireLeavesTheOrderFulfilled() {
    assertThat(fulfilled.withPaymentUrl("https://pay.example/checkout/o-1").state())
        .isEqualTo(OrderState.FULFILLED);
  }

  @Test
  void noLateMessageMovesAPaymentThatIsOver() {
    assertThat(fulfilled.withPaymentMethod("paypal")).isSameAs(fulfilled);
    assertThat(fulfilled.withState(OrderState.PAYMENT_INITIATED)).isSameAs(fulfilled);
    assertThat(fulfilled.failed("closed with 1006")).isSameAs(fulfilled);
  }
}
