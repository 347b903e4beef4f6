package org.mockpayments.sample;

import java.math.BigDecimal;

/**
 * The invoice recorded when an order is fulfilled.
 *
 * @param orderId the order paid
 * @param amount the amount paid
 * @param currency its currency
 * @param paymentMethod how it was paid
 */
public record Invoice(String orderId, BigDecimal amount, String currency, String paymentMethod) {}
