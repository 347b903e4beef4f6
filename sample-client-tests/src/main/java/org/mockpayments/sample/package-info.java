/**
 * The sample: an Orders service's WebSocket client of a Payments service, written once on the JDK's
 * WebSocket and once on Jetty's, sharing one flow ({@link org.mockpayments.sample.PaymentSession}).
 * Its tests show every way of using {@code MockPaymentsContainer}.
 */
package org.mockpayments.sample;
