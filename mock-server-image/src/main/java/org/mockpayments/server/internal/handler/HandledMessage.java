package org.mockpayments.server.internal.handler;

import java.nio.charset.StandardCharsets;
import org.mockpayments.server.handler.ReceivedMessage;
import org.mockpayments.server.internal.frames.Payload;

/** A text or binary message as a Java handler reads it. */
final class HandledMessage implements ReceivedMessage {
  private final Payload payload;
  private final long seq;

  HandledMessage(Payload payload, long seq) {
    this.payload = payload;
    this.seq = seq;
  }

  @Override
  public long seq() {
    return seq;
  }

  @Override
  public boolean isText() {
    return payload instanceof Payload.Text;
  }

  @Override
  public String text() {
    return payload instanceof Payload.Text text
        ? text.text()
        : new String(payload.bytes().toArray(), StandardCharsets.UTF_8);
  }

  @Override
  public byte[] bytes() {
    return payload instanceof Payload.Text text
        ? text.text().getBytes(StandardCharsets.UTF_8)
        : payload.bytes().toArray();
  }

  @Override
  public String toString() {
    return "#" + seq + " " + payload.summary();
  }
}
