package org.mockpayments.server.handler;

/**
 * The connection a {@link MessageHandler} answers on. What it sends is journaled as the answer to
 * the message being handled, so a reset that clears that message also drops what is not yet sent.
 */
public interface HandlerConnection {
  /** The connection's id, such as {@code c1}. */
  String id();

  /** The path it opened, such as {@code /payments}. */
  String path();

  /** The subprotocol agreed on, or null. */
  String subprotocol();

  /**
   * Sends a text frame.
   *
   * @throws IllegalStateException if the connection is closing or closed
   */
  void sendText(String text);

  /**
   * Sends a binary frame.
   *
   * @throws IllegalStateException if the connection is closing or closed
   */
  void sendBinary(byte[] bytes);

  /**
   * Closes the connection with {@code code} (1000-1003, 1007-1014 or 3000-4999) and {@code reason}.
   *
   * @throws IllegalStateException if it is already closing or closed
   */
  void close(int code, String reason);
}
