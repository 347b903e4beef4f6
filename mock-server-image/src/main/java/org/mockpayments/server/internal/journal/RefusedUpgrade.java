package org.mockpayments.server.internal.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An upgrade request answered with an error status: by a handshake-rejection rule, an upgrade stub,
 * or a proxy target that refused or could not be reached. {@code reason} is the body the refusal
 * answered with; for a proxy target, the sentence saying why.
 */
public record RefusedUpgrade(
    String rule,
    String path,
    String query,
    Map<String, List<String>> headers,
    int status,
    String reason,
    Instant at) {}
