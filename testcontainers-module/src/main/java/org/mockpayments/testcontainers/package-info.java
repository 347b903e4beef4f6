/**
 * A Testcontainers module for the mock Payments WebSocket server: {@link
 * org.mockpayments.testcontainers.MockPaymentsContainer} starts it, and {@link
 * org.mockpayments.testcontainers.MockPayments} drives it from a test: await connections, push
 * frames, assert on received frames, and script canned replies with {@link
 * org.mockpayments.testcontainers.Stub}s.
 *
 * <p>Only the public types of this package are API; package-private classes may change at any time.
 */
package org.mockpayments.testcontainers;
