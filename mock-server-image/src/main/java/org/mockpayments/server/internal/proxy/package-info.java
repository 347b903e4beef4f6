/**
 * The proxy: forwarding a connection to a real server ({@code MOCK_PROXY_TARGET}, {@code
 * /proxy-targets}) with Jetty's WebSocket client, and recording what the server answered as stubs
 * ({@code /recording}). Uses {@code frames}, {@code journal} and {@code json}; the WebSocket port
 * links a client's connection to its upstream.
 */
package org.mockpayments.server.internal.proxy;
