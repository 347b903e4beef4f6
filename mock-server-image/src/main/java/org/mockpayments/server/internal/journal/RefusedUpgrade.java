package org.mockpayments.server.internal.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An upgrade request that a handshake-rejection rule answered with an error status. */
public record RefusedUpgrade(
    String rule,
    String path,
    String query,
    Map<String, List<String>> headers,
    int status,
    Instant at) {}
