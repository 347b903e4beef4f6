/**
 * How a connection's frames are cut into the protocol's own messages, when they are not one message
 * per frame: records ended by a separator (SignalR), or packets sized by a length field that may
 * span frames (MQTT over WebSocket). May use {@code json}, {@code frames} and {@code binary}; no
 * Jetty.
 */
package org.mockpayments.server.internal.framing;
