package org.mockpayments.server.internal.framing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mockpayments.server.internal.frames.Payload;

/**
 * Cuts frames at a separator: text frames at its text, binary frames at its UTF-8 bytes (SignalR's
 * Java client sends its JSON records in binary frames). Records are text messages either way, read
 * as UTF-8. A record the frame does not end waits for the next frame of its type.
 */
final class SeparatorSplitter implements MessageSplitter {
  private final String separator;
  private final byte[] separatorBytes;
  private final StringBuilder unfinishedText = new StringBuilder();
  private final ByteArrayOutputStream unfinishedBytes = new ByteArrayOutputStream();

  SeparatorSplitter(String separator) {
    this.separator = separator;
    this.separatorBytes = separator.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public synchronized List<Payload> split(Payload frame) {
    if (frame instanceof Payload.Text text) {
      return splitText(text.text());
    }
    if (frame instanceof Payload.Binary binary) {
      return splitBytes(binary.bytes().toArray());
    }
    return List.of(frame);
  }

  private List<Payload> splitText(String text) {
    unfinishedText.append(text);
    List<Payload> records = new ArrayList<>();
    int start = 0;
    for (int end = unfinishedText.indexOf(separator);
        end >= 0;
        end = unfinishedText.indexOf(separator, start)) {
      if (end > start) {
        records.add(new Payload.Text(unfinishedText.substring(start, end)));
      }
      start = end + separator.length();
    }
    unfinishedText.delete(0, start);
    if (unfinishedText.length() > MAX_BUFFERED) {
      records.add(new Payload.Text(unfinishedText.toString()));
      unfinishedText.setLength(0);
    }
    return records;
  }

  private List<Payload> splitBytes(byte[] bytes) {
    unfinishedBytes.writeBytes(bytes);
    byte[] buffered = unfinishedBytes.toByteArray();
    List<Payload> records = new ArrayList<>();
    int start = 0;
    for (int end = indexOf(buffered, start); end >= 0; end = indexOf(buffered, start)) {
      if (end > start) {
        records.add(text(Arrays.copyOfRange(buffered, start, end)));
      }
      start = end + separatorBytes.length;
    }
    unfinishedBytes.reset();
    if (buffered.length - start > MAX_BUFFERED) {
      records.add(text(Arrays.copyOfRange(buffered, start, buffered.length)));
    } else {
      unfinishedBytes.write(buffered, start, buffered.length - start);
    }
    return records;
  }

  private static Payload text(byte[] record) {
    return new Payload.Text(new String(record, StandardCharsets.UTF_8));
  }

  private int indexOf(byte[] buffered, int from) {
    outer:
    for (int i = from; i <= buffered.length - separatorBytes.length; i++) {
      for (int j = 0; j < separatorBytes.length; j++) {
        if (buffered[i + j] != separatorBytes[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
