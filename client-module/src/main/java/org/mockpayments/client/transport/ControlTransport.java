package org.mockpayments.client.transport;

import java.io.IOException;

/**
 * Carries one control request to the server and brings back its answer. The client turns the answer
 * into results and {@code MockPaymentsException}s, and logs it, the same whichever transport
 * carried it.
 *
 * <p>Implementations must be thread-safe: one client is shared by a test class and its threads.
 */
@FunctionalInterface
public interface ControlTransport {
  /**
   * Sends {@code request} and blocks until its answer. A request whose {@link
   * ControlRequest#awaitTimeout()} is not zero is held by the server that long at most (an await),
   * so the transport must give it that long plus a margin before giving up.
   *
   * @throws IOException when the server cannot be reached or stops answering
   * @throws InterruptedException when the calling thread is interrupted while it waits; the
   *     transport abandons the request
   */
  ControlAnswer exchange(ControlRequest request) throws IOException, InterruptedException;
}
