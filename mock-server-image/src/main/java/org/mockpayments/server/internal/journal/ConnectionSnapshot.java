package org.mockpayments.server.internal.journal;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.Map;

/**
 * A connection's facts at one moment, immutable: what the control API lists, the log prints and the
 * history keeps.
 */
public record ConnectionSnapshot(
    String id,
    long seq,
    Handshake handshake,
    Instant openedAt,
    boolean open,
    Integer closeCode,
    String closeReason,
    Instant closedAt,
    String scenarioState,
    Map<String, JsonElement> variables) {}
