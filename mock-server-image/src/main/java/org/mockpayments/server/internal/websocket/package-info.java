/**
 * The WebSocket port on Jetty: upgrades and refusals, the endpoint of each connection, the live
 * connections with their lifecycle, outbox, freeze valve and keep-alive, and the registry that
 * names them. May use {@code scripting}, {@code journal}, {@code frames} and {@code json}.
 */
package org.mockpayments.server.internal.websocket;
