package org.mockpayments.server.internal.frames;

import java.util.Base64;

/** What a frame carries, by frame type: text, bytes, or a close code and reason. */
public sealed interface Payload {
  FrameType type();

  /** A text frame. */
  record Text(String text) implements Payload {
    @Override
    public FrameType type() {
      return FrameType.TEXT;
    }
  }

  /** A binary frame. */
  record Binary(Bytes bytes) implements Payload {
    @Override
    public FrameType type() {
      return FrameType.BINARY;
    }
  }

  /** A ping. */
  record Ping(Bytes bytes) implements Payload {
    @Override
    public FrameType type() {
      return FrameType.PING;
    }
  }

  /** A pong; {@code rttMs} is the round trip when it answers the mock's own ping, else null. */
  record Pong(Bytes bytes, Double rttMs) implements Payload {
    @Override
    public FrameType type() {
      return FrameType.PONG;
    }
  }

  /** A close frame; the reason is empty when there was none. */
  record Close(int code, String reason) implements Payload {
    @Override
    public FrameType type() {
      return FrameType.CLOSE;
    }
  }

  /** The text of a text frame, or null for any other. */
  default String text() {
    return this instanceof Text text ? text.text() : null;
  }

  /** The bytes of a binary, ping or pong frame, or null for any other. */
  default Bytes bytes() {
    if (this instanceof Binary binary) {
      return binary.bytes();
    }
    if (this instanceof Ping ping) {
      return ping.bytes();
    }
    return this instanceof Pong pong ? pong.bytes() : null;
  }

  /** The payload as one short line: the text, the close code and reason, or {@code base64:...}. */
  default String summary() {
    if (this instanceof Close close) {
      return close.code() + (close.reason().isEmpty() ? "" : " " + close.reason());
    }
    String text = text();
    return text != null ? text : "base64:" + Base64.getEncoder().encodeToString(bytes().toArray());
  }
}
