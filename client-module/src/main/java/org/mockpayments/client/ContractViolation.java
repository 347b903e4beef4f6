package org.mockpayments.client;

import java.util.List;

/**
 * A frame or upgrade that broke the AsyncAPI document the mock plays.
 *
 * @param seq the history entry of the frame, or of the connection's opening
 * @param connection the connection, such as {@code c1}
 * @param kind {@code frame} or {@code upgrade}
 * @param severity {@code error} when the client broke the contract; {@code warning} when the mock
 *     did (a stub's reply or a test's push)
 * @param path the path the connection opened
 * @param candidates the messages the sender may send there
 * @param closest the candidate with the fewest faults, or null
 * @param errors the faults against the closest candidate, each {@code /json/pointer: what is wrong}
 * @param message the whole story in one sentence
 */
public record ContractViolation(
    long seq,
    String connection,
    String kind,
    String severity,
    String path,
    List<String> candidates,
    String closest,
    List<String> errors,
    String message) {

  /** Whether the client broke the contract, rather than the mock. */
  public boolean isError() {
    return "error".equals(severity);
  }

  /** The sentence: {@link #message()}. */
  @Override
  public String toString() {
    return message;
  }
}
