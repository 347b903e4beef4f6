/**
 * A Testcontainers module for the mock Payments WebSocket server: {@link
 * org.mockpayments.testcontainers.MockPaymentsContainer} starts the {@code mock-payments-server}
 * image and is driven through the typed client of {@code org.mockpayments.client}.
 *
 * <p>Only the public types of this package are API; package-private classes may change at any time.
 */
package org.mockpayments.testcontainers;
