/**
 * What the mock does on its own: stubs and their replies (templates, delays, scenario states),
 * cancellable playbacks, and handshake-rejection rules. Connections appear only as a {@code
 * Recipient}. May use {@code journal}, {@code frames} and {@code json}; no Jetty.
 */
package org.mockpayments.server.internal.scripting;
