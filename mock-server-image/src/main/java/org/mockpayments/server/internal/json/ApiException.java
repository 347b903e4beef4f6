package org.mockpayments.server.internal.json;

import com.google.gson.JsonObject;

/**
 * A control API failure that becomes a JSON error answer: a 4xx status, a short code and a
 * sentence.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public final int status;
  final String code;

  public ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, "connection_closed", message);
  }

  /**
   * An await whose condition did not hold in time. 422, not 408: HTTP clients (OkHttp, browsers)
   * repeat a request on their own after a 408, which would make a long-poll wait twice as long; no
   * common client repeats a 422.
   */
  public static ApiException timeout(String message) {
    return new ApiException(422, "timeout", message);
  }

  /**
   * A push the client did not take in time because it does not read. 409, like a push to a closed
   * connection: the connection's state refuses it, and no common client repeats a 409.
   */
  public static ApiException writeTimeout(String message) {
    return new ApiException(409, "write_timeout", message);
  }

  /** {@code where} ("the body", "'match' in stub 2") made the start of a sentence. */
  public static String sentence(String where) {
    return where.isEmpty() ? where : Character.toUpperCase(where.charAt(0)) + where.substring(1);
  }

  public JsonObject toJson() {
    return errorBody(code, getMessage());
  }

  public static JsonObject errorBody(String code, String message) {
    JsonObject body = new JsonObject();
    body.addProperty("error", code);
    body.addProperty("message", message);
    return body;
  }
}
