/**
 * The WebSocket port's TLS key and certificate, loaded or generated at start. Uses nothing else of
 * the server.
 */
package org.mockpayments.server.internal.tls;
