package org.mockpayments.server.internal.websocket;

import org.mockpayments.server.internal.proxy.Targets;
import org.mockpayments.server.internal.proxy.UpstreamConnector;

/** Where the WebSocket port forwards a connection, and what it connects with. */
public record Proxy(Targets targets, UpstreamConnector connector) {}
