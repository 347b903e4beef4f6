package org.mockpayments.client;

/**
 * How a connection ended.
 *
 * @param code the close code: the client's close frame, the one the mock sent, or 1006 when the
 *     connection broke with no close frame
 * @param reason the close reason, possibly empty
 */
public record CloseStatus(int code, String reason) {}
