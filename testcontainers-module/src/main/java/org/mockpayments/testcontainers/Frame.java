package org.mockpayments.testcontainers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * One frame in the server's journal, in either direction.
 *
 * @param seq the journal's sequence number, from 1 since start or reset
 * @param connection the connection id, such as {@code c1}
 * @param direction {@link Direction#IN} from the client, {@link Direction#OUT} to it
 * @param type the frame type
 * @param text the payload of a text frame, else null
 * @param bytes the payload of a binary, ping or pong frame, else null
 * @param closeCode the code of a close frame, else null
 * @param closeReason the reason of a close frame, else null
 * @param rttMs for a pong answering the mock's ping, the round trip in milliseconds, else null
 * @param at when the server journaled it
 */
public record Frame(
    long seq,
    String connection,
    Direction direction,
    Type type,
    String text,
    byte[] bytes,
    Integer closeCode,
    String closeReason,
    Double rttMs,
    Instant at) {

  /** Which way a frame went. */
  public enum Direction {
    /** From the client to the mock. */
    IN,
    /** From the mock to the client. */
    OUT
  }

  /** WebSocket frame types. */
  public enum Type {
    /** A text message. */
    TEXT,
    /** A binary message. */
    BINARY,
    /** A ping. */
    PING,
    /** A pong. */
    PONG,
    /** A close frame. */
    CLOSE;

    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The payload as text: a text frame's text, or other payloads decoded as UTF-8. */
  public String payloadAsText() {
    if (text != null) {
      return text;
    }
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  /** A one-line summary, as the server's log and timeout messages write it. */
  @Override
  public String toString() {
    String payload = type == Type.CLOSE ? closeCode + " " + closeReason : payloadAsText();
    if (payload.length() > 120) {
      payload = payload.substring(0, 120) + "...";
    }
    return "#" + seq + " " + connection + " " + direction.name().toLowerCase(Locale.ROOT) + " "
        + type.wireName() + " " + payload;
  }
}
