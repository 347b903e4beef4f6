package org.mockpayments.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An upgrade the mock refused: by a {@link Rejection}, an upgrade stub, or a proxy target that
 * refused it or could not be reached.
 *
 * @param rule the id of the rule, stub or proxy target that refused it
 * @param path the request path
 * @param query the query string, or null
 * @param headers the request's headers as sent
 * @param status the status it was answered with
 * @param reason the body it was answered with; for a proxy target, the sentence saying why
 * @param at when
 */
public record RejectedAttempt(
    String rule,
    String path,
    String query,
    Map<String, List<String>> headers,
    int status,
    String reason,
    Instant at) {}
