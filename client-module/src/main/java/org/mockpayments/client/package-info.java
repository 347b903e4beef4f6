/**
 * The typed control client of the mock Payments WebSocket server: {@link
 * org.mockpayments.client.MockPayments} drives a running mock from a test (await connections, push
 * frames, assert on received frames, script {@link org.mockpayments.client.Stub}s), whether it runs
 * in a container, embedded in the test's JVM or was started by hand.
 *
 * <p>Only the public types of this package are API; package-private classes may change at any time.
 */
package org.mockpayments.client;
