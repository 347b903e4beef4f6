package org.mockpayments.client.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One request to the control API.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param uri the full URI, with the query, such as {@code http://localhost:8081/frames?seq=3}
 * @param contentType the body's media type, or null without a body
 * @param body the body as text, or null without one
 * @param awaitTimeout how long the server may hold the request before it answers (an await's
 *     timeout), or zero
 */
public record ControlRequest(
    String method, URI uri, String contentType, String body, Duration awaitTimeout) {
  /** Checks that the method, the URI and the wait are there. */
  public ControlRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(awaitTimeout, "awaitTimeout");
  }
}
