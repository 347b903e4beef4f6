package org.mockpayments.client;

/**
 * The control API could not be asked at all: the server is not reachable (not started, stopped, the
 * wrong port), or the thread was interrupted while waiting. Not a refusal of the server, so {@link
 * #status()} is 0.
 */
public class MockPaymentsTransportException extends MockPaymentsException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure to talk to the server; {@code errorCode} is {@code unreachable} or {@code
   * interrupted}.
   */
  public MockPaymentsTransportException(String errorCode, String message, Throwable cause) {
    super(0, errorCode, message);
    initCause(cause);
  }
}
