package org.mockpayments.server.internal.journal;

import java.util.Arrays;
import org.mockpayments.server.internal.frames.Payload;

/**
 * A key for each journal entry's text, in one flat array beside the entries: an await or read for
 * an exact text ({@code equals}) passes over the entries whose key differs without reading them,
 * where reading each costs a chain of objects. The key of a text frame is its text's hash. Every
 * other entry (a binary frame, whose text a match decodes; a frame that completed messages of a
 * framing, which a match reads instead; anything but a frame) is read by every query.
 */
final class TextKeys {
  /** What a query that pins no text asks for: every entry. */
  static final long ANY_TEXT = -2;

  private static final long READ_ALWAYS = -1;

  private long[] keys = new long[256];
  private int size;

  /** Texts longer than this are keyed by their length and their two ends only. */
  private static final int WHOLLY_KEYED = 256;

  /** The key a query for exactly {@code text} asks for, or {@link #ANY_TEXT} when it is null. */
  static long wanted(String text) {
    return text == null ? ANY_TEXT : Integer.toUnsignedLong(hash(text));
  }

  /**
   * A short text's hash is {@link String#hashCode}; a long one's reads only its ends, so a frame of
   * megabytes costs no extra pass over it. Equal texts get equal keys either way.
   */
  private static int hash(String text) {
    int length = text.length();
    if (length <= WHOLLY_KEYED) {
      return text.hashCode();
    }
    int hash = length;
    int half = WHOLLY_KEYED / 2;
    for (int i = 0; i < half; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    for (int i = length - half; i < length; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return hash;
  }

  void add(JournalEntry entry) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    JournalEntry.Frame frame = entry.frame();
    keys[size++] =
        frame != null && frame.messages() == null && frame.payload() instanceof Payload.Text text
            ? wanted(text.text())
            : READ_ALWAYS;
  }

  /** Whether the entry at {@code index} may fit a query that asks for {@code wanted}. */
  boolean mayFit(int index, long wanted) {
    long key = keys[index];
    return wanted == ANY_TEXT || key == wanted || key == READ_ALWAYS;
  }

  /** Forgets the keys of the oldest {@code count} entries, as the journal evicts them. */
  void removeFirst(int count) {
    System.arraycopy(keys, count, keys, 0, size - count);
    size -= count;
  }

  void clear() {
    keys = new long[256];
    size = 0;
  }
}
