package org.mockpayments.sample;

/** Where an order stands in its payment. */
public enum OrderState {
  /** Known, not yet sent to Payments. */
  NEW,
  /** Payments was asked for payment methods. */
  PAYMENT_INITIATED,
  /** A payment method was chosen and sent. */
  METHOD_CHOSEN,
  /** Payments gave a payment URL; the user pays there. */
  AWAITING_PAYMENT,
  /** Paid: the order is fulfilled and invoiced. */
  FULFILLED,
  /** Payments cancelled the payment. */
  CANCELLED,
  /** The payment cannot go on; see {@link Order#failureReason()}. */
  FAILED;

  /** Whether the payment is over, one way or the other. */
  public boolean isFinal() {
    return this == FULFILLED || this == CANCELLED || this == FAILED;
  }
}
