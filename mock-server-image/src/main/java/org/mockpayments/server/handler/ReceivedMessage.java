package org.mockpayments.server.handler;

/**
 * A message a {@link MessageHandler} answers: a text or binary frame, or with a framing one record
 * or packet of a frame.
 */
public interface ReceivedMessage {
  /** The journal entry of the frame that brought it. */
  long seq();

  /** Whether it came as text; else it is binary. */
  boolean isText();

  /** Its text, or its bytes read as UTF-8. */
  String text();

  /** Its bytes, or its text in UTF-8; a fresh copy each time. */
  byte[] bytes();
}
