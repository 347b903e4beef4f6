package org.mockpayments.server.handler;

/**
 * Answers the messages a match fits with the test's own code, in-process, where a stub's replies
 * cannot say it: a checksum to compute, a state machine to keep, a reply that depends on an earlier
 * message. Registered with {@link org.mockpayments.server.MockPaymentsServer#onMessage}; it ranks
 * with the stubs (priority 5, in the order added) and takes the messages it fits.
 *
 * <pre>{@code
 * payments.onMessage(Match.jsonHas("checksum"), (message, connection) ->
 *     connection.sendText("{\"crc\":" + crc32(message.text()) + "}"));
 * }</pre>
 *
 * <p>It runs on the thread that reads the connection: the connection's next message is read once it
 * returns, so its replies keep the order of the messages they answer, and a handler that blocks
 * holds up its own connection only. What it sends is journaled as answering the message, like a
 * stub's reply. An exception it throws closes nothing: the server journals it ({@code
 * handler-error} in the transcript and the live events), logs it with its stack, lists it in {@link
 * org.mockpayments.server.MockPaymentsServer#handlerFailures()}, and {@link
 * org.mockpayments.server.MockPaymentsServerExtension} fails the test with it.
 */
@FunctionalInterface
public interface MessageHandler {
  /**
   * Answers {@code message}, which arrived on {@code connection}.
   *
   * @throws Exception anything: it is journaled and fails the test, and the server runs on
   */
  void handle(ReceivedMessage message, HandlerConnection connection) throws Exception;
}
