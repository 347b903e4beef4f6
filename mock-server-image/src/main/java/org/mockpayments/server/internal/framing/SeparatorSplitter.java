package org.mockpayments.server.internal.framing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mockpayments.server.internal.frames.Payload;

/**
 * Cuts frames at a separator's UTF-8 bytes, text frames (as their UTF-8) and binary frames alike:
 * SignalR's Java client sends its JSON records in binary frames. Records are text messages either
 * way, read as UTF-8; since UTF-8 never shows a character's bytes inside another's, cutting the
 * bytes cuts the text where the separator is. A record the frame does not end waits for the next
 * frame of its type.
 */
final class SeparatorSplitter implements MessageSplitter {
  private final byte[] separator;
  private final ByteArrayOutputStream unfinishedText = new ByteArrayOutputStream();
  private final ByteArrayOutputStream unfinishedBinary = new ByteArrayOutputStream();

  SeparatorSplitter(String separator) {
    this.separator = separator.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public synchronized List<Payload> split(Payload frame) {
    if (frame instanceof Payload.Text text) {
      return split(unfinishedText, text.text().getBytes(StandardCharsets.UTF_8));
    }
    if (frame instanceof Payload.Binary binary) {
      return split(unfinishedBinary, binary.bytes().toArray());
    }
    return List.of(frame);
  }

  private List<Payload> split(ByteArrayOutputStream unfinished, byte[] bytes) {
    unfinished.writeBytes(bytes);
    byte[] buffered = unfinished.toByteArray();
    List<Payload> records = new ArrayList<>();
    int start = 0;
    for (int end = indexOf(buffered, start); end >= 0; end = indexOf(buffered, start)) {
      if (end > start) {
        records.add(text(Arrays.copyOfRange(buffered, start, end)));
      }
      start = end + separator.length;
    }
    unfinished.reset();
    if (buffered.length - start > MAX_BUFFERED) {
      records.add(text(Arrays.copyOfRange(buffered, start, buffered.length)));
    } else {
      unfinished.write(buffered, start, buffered.length - start);
    }
    return records;
  }

  private static Payload text(byte[] record) {
    return new Payload.Text(new String(record, StandardCharsets.UTF_8));
  }

  private int indexOf(byte[] buffered, int from) {
    outer:
    for (int i = from; i <= buffered.length - separator.length; i++) {
      for (int j = 0; j < separator.length; j++) {
        if (buffered[i + j] != separator[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
