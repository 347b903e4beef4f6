package org.mockpayments.client.transport;

/**
 * The control API's answer to one request.
 *
 * @param status the HTTP status, such as {@code 200} or {@code 404}
 * @param contentType the media type of the body, such as {@code application/json}, or {@code ""}
 * @param body the body as text, {@code ""} when there is none
 */
public record ControlAnswer(int status, String contentType, String body) {}
