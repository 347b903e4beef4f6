package org.mockpayments.client;

/**
 * The control API refused a request: an unknown or closed connection, an invalid pattern, a body
 * the server rejects. Carries the server's status, error code and sentence; "not found" is always
 * status 404 ({@code not_found}). A server that cannot be reached at all is the subtype {@link
 * MockPaymentsTransportException}.
 *
 * <p>Unchecked, like Gson's exceptions: a refused control request is a mistake in the test or a
 * fault of the environment, which a test cannot sensibly recover from, so forcing every call site
 * to catch it would only add noise. Timeouts of awaits are {@link AssertionError}s instead, since
 * they are what a failed test looks like.
 */
public class MockPaymentsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;

  /** An error answer of the control API. */
  public MockPaymentsException(int status, String errorCode, String message) {
    super(message + " (HTTP " + status + ", " + errorCode + ")");
    this.status = status;
    this.errorCode = errorCode;
  }

  /** The HTTP status the server answered, such as 404 or 409; 0 when it could not be reached. */
  public int status() {
    return status;
  }

  /** The server's short error code, such as {@code not_found} or {@code connection_closed}. */
  public String errorCode() {
    return errorCode;
  }
}
