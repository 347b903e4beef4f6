/**
 * The mock server's implementation: WebSocket endpoint, journal, stubs and control API routes.
 *
 * <p>Not public API: everything here may change in any release. Use {@link
 * org.mockpayments.server.MockPaymentsServer} and the HTTP control API instead.
 */
package org.mockpayments.server.internal;
