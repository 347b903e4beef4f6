package org.mockpayments.sample;

import java.math.BigDecimal;

/**
 * An order and where its payment stands. Immutable; the {@code with...} methods return copies. A
 * payment that is over stays over: a message that arrives late (a {@code payment_url} that crossed
 * a {@code FULFILL} on the wire) changes nothing.
 *
 * @param id the order id, sent to Payments as {@code order_id}
 * @param amount the amount to pay
 * @param currency the ISO 4217 currency code
 * @param state where the payment stands
 * @param paymentMethod the method chosen, or null
 * @param paymentUrl where the web app sends the user to pay, or null
 * @param failureReason why the payment failed, or null
 */
public record Order(
    String id,
    BigDecimal amount,
    String currency,
    OrderState state,
    String paymentMethod,
    String paymentUrl,
    String failureReason) {

  /** A new order, not yet sent to Payments. */
  public static Order create(String id, BigDecimal amount, String currency) {
    return new Order(id, amount, currency, OrderState.NEW, null, null, null);
  }

  Order withState(OrderState newState) {
    return moveTo(newState, paymentMethod, paymentUrl, failureReason);
  }

  Order withPaymentMethod(String method) {
    return moveTo(OrderState.METHOD_CHOSEN, method, paymentUrl, failureReason);
  }

  Order withPaymentUrl(String url) {
    return moveTo(OrderState.AWAITING_PAYMENT, paymentMethod, url, failureReason);
  }

  Order failed(String reason) {
    return moveTo(OrderState.FAILED, paymentMethod, paymentUrl, reason);
  }

  /** The one place an order changes: a payment that is over keeps its final state. */
  private Order moveTo(OrderState next, String method, String url, String reason) {
    return state.isFinal() ? this : new Order(id, amount, currency, next, method, url, reason);
  }
}
