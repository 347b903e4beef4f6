package org.mockpayments.client;

/**
 * A stub as the server lists it.
 *
 * @param id the server's id, {@code s1}, {@code s2}, ...
 * @param definition the stub as the control API's JSON
 * @param fired how often it has fired since it was added or since the last reset
 */
public record StubInfo(String id, String definition, int fired) {}
