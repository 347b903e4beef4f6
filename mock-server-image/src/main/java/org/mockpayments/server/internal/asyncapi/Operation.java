package org.mockpayments.server.internal.asyncapi;

import java.util.List;

/**
 * An operation of the application the document describes: it sends or receives these messages on
 * this channel, and may expect a reply.
 *
 * @param reply null when the operation expects none
 */
public record Operation(
    String id, Action action, Channel channel, List<Message> messages, Reply reply) {

  /** What the described application does. */
  public enum Action {
    SEND,
    RECEIVE
  }

  /**
   * The answer to an operation's message, flowing the other way.
   *
   * @param example the name of the example the mock answers with ({@code x-mock-example}), or null
   *     for the first
   */
  public record Reply(Channel channel, List<Message> messages, String example) {}
}
