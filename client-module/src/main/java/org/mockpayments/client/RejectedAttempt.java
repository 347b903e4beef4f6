package org.mockpayments.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An upgrade a {@link Rejection} refused.
 *
 * @param rule the id of the rule that refused it
 * @param path the request path
 * @param query the query string, or null
 * @param headers the request's headers as sent
 * @param status the status it was answered with
 * @param at when
 */
public record RejectedAttempt(
    String rule,
    String path,
    String query,
    Map<String, List<String>> headers,
    int status,
    Instant at) {}
