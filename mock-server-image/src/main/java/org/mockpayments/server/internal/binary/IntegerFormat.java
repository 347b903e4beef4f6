package org.mockpayments.server.internal.binary;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.mockpayments.server.internal.json.ApiException;

/**
 * How a whole number is written in a binary message: MQTT's variable byte integer ({@code varint},
 * seven bits per byte, least significant first, one to four bytes), or a big-endian unsigned
 * integer of one, two or four bytes.
 */
public enum IntegerFormat {
  VARINT(268_435_455L),
  UINT8(0xFFL),
  UINT16(0xFFFFL),
  UINT32(0xFFFF_FFFFL);

  static final String NAMES = "varint, uint8, uint16 or uint32";

  private final long max;

  IntegerFormat(long max) {
    this.max = max;
  }

  /** A number read and the bytes it took. */
  public record Read(long value, int size) {}

  /** The format called {@code name}; a 400 naming {@code where} for any other name. */
  public static IntegerFormat parse(String name, String where) {
    IntegerFormat format = byName(name);
    if (format == null) {
      throw ApiException.badRequest(
          ApiException.sentence(where) + " must be " + NAMES + ", not '" + name + "'.");
    }
    return format;
  }

  /** The format called {@code name}, or null. */
  static IntegerFormat byName(String name) {
    return Arrays.stream(values())
        .filter(format -> format.wireName().equals(name))
        .findFirst()
        .orElse(null);
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The largest number the format can hold. */
  public long max() {
    return max;
  }

  /**
   * The number at {@code offset}, or null when {@code bytes} end (at {@code end}) before it does.
   *
   * @throws IllegalArgumentException for a variable byte integer longer than four bytes
   */
  public Read read(byte[] bytes, int offset, int end) {
    if (this == VARINT) {
      long value = 0;
      for (int i = 0; i < 4; i++) {
        if (offset + i >= end) {
          return null;
        }
        int next = bytes[offset + i] & 0xFF;
        value |= (long) (next & 0x7F) << (7 * i);
        if ((next & 0x80) == 0) {
          return new Read(value, i + 1);
        }
      }
      throw new IllegalArgumentException("a variable byte integer longer than four bytes");
    }
    int size = size();
    if (offset + size > end) {
      return null;
    }
    long value = 0;
    for (int i = 0; i < size; i++) {
      value = (value << 8) | (bytes[offset + i] & 0xFF);
    }
    return new Read(value, size);
  }

  /**
   * A byte count at {@code offset} when it can be read and the bytes it counts end by {@code end};
   * else null.
   */
  public Read readCount(byte[] bytes, int offset, int end) {
    Read count;
    try {
      count = read(bytes, offset, end);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
    return count == null || offset + count.size() + count.value() > end ? null : count;
  }

  /** Writes {@code value}, which the caller has checked is from 0 to {@link #max()}. */
  public void write(ByteArrayOutputStream out, long value) {
    if (this == VARINT) {
      long rest = value;
      do {
        int next = (int) (rest & 0x7F);
        rest >>>= 7;
        out.write(rest > 0 ? next | 0x80 : next);
      } while (rest > 0);
      return;
    }
    for (int i = size() - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)) & 0xFF);
    }
  }

  private int size() {
    return switch (this) {
      case UINT8 -> 1;
      case UINT16 -> 2;
      case UINT32 -> 4;
      case VARINT -> throw new IllegalStateException("a varint has no fixed size");
    };
  }
}
