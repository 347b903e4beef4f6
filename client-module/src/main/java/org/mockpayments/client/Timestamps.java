package org.mockpayments.client;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the server's timestamps. The server writes {@link Instant#toString()}, so nearly every one
 * is {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}; that shape is read by hand, since {@link
 * Instant#parse} costs a fifth of an in-process await's time in the client. Anything else goes to
 * {@link Instant#parse}, which gives the same instant or the same error.
 */
final class Timestamps {
  private static final int SHORTEST = "2000-01-01T00:00:00Z".length();
  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Timestamps() {}

  static Instant parse(String text) {
    Instant read = readPlainUtc(text);
    return read != null ? read : Instant.parse(text);
  }

  /** The instant {@code text} spells in the plain shape, or null when it has another shape. */
  private static Instant readPlainUtc(String text) {
    int length = text.length();
    if (length < SHORTEST
        || length > SHORTEST + 10
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    // -1 marks a field with a non-digit; or-ing them keeps the sign bit of any such.
    if ((year | month | day | hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > SHORTEST) {
      int fractionDigits = length - SHORTEST - 1;
      if (text.charAt(19) != '.' || fractionDigits < 1) {
        return null;
      }
      int fraction = digits(text, 20, 20 + fractionDigits);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction * POWERS_OF_TEN[9 - fractionDigits];
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException noSuchDay) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The decimal number in {@code text[from, to)}, or -1 when a character there is no digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
