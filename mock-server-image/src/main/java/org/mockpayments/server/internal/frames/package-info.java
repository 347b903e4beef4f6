/**
 * What a WebSocket frame is to the mock: its type, direction and payload, and the matchers that
 * test payloads. May use {@code json} and {@code schema}; no Jetty.
 */
package org.mockpayments.server.internal.frames;
