package org.mockpayments.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * One frame in the server's journal, in either direction. An immutable value: {@link #bytes()}
 * returns a copy, and two frames are equal when all their parts, payload bytes included, are.
 *
 * @param seq the frame's place in the mock's history: it never names another event while the server
 *     runs, resets included
 * @param connection the connection id, such as {@code c1}
 * @param direction {@link Direction#IN} from the client, {@link Direction#OUT} to it
 * @param type the frame type
 * @param text the payload of a text frame, else null
 * @param bytes the payload of a binary, ping or pong frame, else null
 * @param closeCode the code of a close frame, else null
 * @param closeReason the reason of a close frame (empty when it had none), else null
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
  private static final int SUMMARY_PAYLOAD = 120;

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
    CLOSE
  }

  /** Copies {@code bytes}, so the frame cannot change afterwards. */
  public Frame {
    bytes = bytes == null ? null : bytes.clone();
  }

  /** A copy of the payload of a binary, ping or pong frame, or null. */
  @Override
  public byte[] bytes() {
    return bytes == null ? null : bytes.clone();
  }

  /** The payload as text: a text frame's text, or other payloads decoded as UTF-8. */
  public String payloadAsText() {
    if (text != null) {
      return text;
    }
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Frame that
        && seq == that.seq
        && Objects.equals(connection, that.connection)
        && direction == that.direction
        && type == that.type
        && Objects.equals(text, that.text)
        && Arrays.equals(bytes, that.bytes)
        && Objects.equals(closeCode, that.closeCode)
        && Objects.equals(closeReason, that.closeReason)
        && Objects.equals(rttMs, that.rttMs)
        && Objects.equals(at, that.at);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        seq,
        connection,
        direction,
        type,
        text,
        Arrays.hashCode(bytes),
        closeCode,
        closeReason,
        rttMs,
        at);
  }

  /**
   * A one-line summary, the same the server's log and timeout messages write: {@code #3 c1 in text
   * {"a":1}}, {@code #4 c1 out close 4001 declined}, {@code #5 c1 in binary base64:AAE=}.
   */
  @Override
  public String toString() {
    String payload;
    if (type == Type.CLOSE) {
      payload = closeCode + (closeReason == null || closeReason.isEmpty() ? "" : " " + closeReason);
    } else if (text != null) {
      payload = text;
    } else {
      payload = "base64:" + Base64.getEncoder().encodeToString(bytes == null ? new byte[0] : bytes);
    }
    if (payload.length() > SUMMARY_PAYLOAD) {
      payload = payload.substring(0, SUMMARY_PAYLOAD) + "...(" + payload.length() + " chars)";
    }
    return "#"
        + seq
        + " "
        + connection
        + " "
        + direction.name().toLowerCase(Locale.ROOT)
        + " "
        + type.name().toLowerCase(Locale.ROOT)
        + " "
        + payload;
  }
}
