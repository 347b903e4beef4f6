/**
 * The mock Payments server: a WebSocket endpoint on any path and a JSON control API over HTTP.
 *
 * <p>Run it with {@link org.mockpayments.server.MockPaymentsServer#main}, or embed it with {@link
 * org.mockpayments.server.MockPaymentsServer#start}. The control API is documented in {@code
 * docs/control-api.md}.
 */
package org.mockpayments.server;
