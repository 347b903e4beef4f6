package org.mockpayments.server.internal.frames;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.mockpayments.server.internal.json.ApiException;

/** An immutable run of bytes: a frame's payload, compared by content. */
public final class Bytes {
  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static Bytes of(byte[] bytes) {
    return new Bytes(bytes.clone());
  }

  /**
   * The bytes an even number of hex digits stand for, given as {@code what}.
   *
   * @throws ApiException when they are not hex digits
   */
  public static byte[] parseHex(String hex, String what) {
    try {
      return HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          ApiException.sentence(what)
              + " must be an even number of hex digits, such as '0a1b', not '"
              + hex
              + "'.");
    }
  }

  /** The remaining bytes of {@code buffer}, which is consumed. */
  public static Bytes from(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return new Bytes(bytes);
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  public ByteBuffer toBuffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /** Whether these bytes begin with {@code prefix}. */
  public boolean startsWith(byte[] prefix) {
    return prefix.length <= bytes.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  int length() {
    return bytes.length;
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "base64:" + base64();
  }
}
