package org.mockpayments.server.internal.framing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mockpayments.server.internal.binary.IntegerFormat;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.Payload;

/**
 * Joins binary frames into packets sized by a length field, and cuts frames that hold several. A
 * length field that cannot be read, or that promises more than {@link #MAX_BUFFERED} bytes, lets
 * what is buffered go as one message, so a client that breaks the framing is still seen.
 */
final class LengthFieldSplitter implements MessageSplitter {
  private final IntegerFormat format;
  private final int offset;
  private final ByteArrayOutputStream unfinished = new ByteArrayOutputStream();

  LengthFieldSplitter(IntegerFormat format, int offset) {
    this.format = format;
    this.offset = offset;
  }

  @Override
  public synchronized List<Payload> split(Payload frame) {
    if (!(frame instanceof Payload.Binary binary)) {
      return List.of(frame);
    }
    unfinished.writeBytes(binary.bytes().toArray());
    byte[] buffered = unfinished.toByteArray();
    List<Payload> packets = new ArrayList<>();
    int start = 0;
    while (start < buffered.length) {
      int size = packetSize(buffered, start);
      if (size == 0) {
        break;
      }
      if (size < 0) {
        size = buffered.length - start;
      }
      packets.add(new Payload.Binary(Bytes.of(Arrays.copyOfRange(buffered, start, start + size))));
      start += size;
    }
    unfinished.reset();
    unfinished.write(buffered, start, buffered.length - start);
    return packets;
  }

  /**
   * The size of the packet at {@code start}: 0 when the buffer ends before it does, -1 when its
   * length cannot be read or is too large to wait for.
   */
  private int packetSize(byte[] buffered, int start) {
    IntegerFormat.Read length;
    try {
      length = format.read(buffered, start + offset, buffered.length);
    } catch (IllegalArgumentException malformed) {
      return -1;
    }
    if (length == null) {
      return buffered.length - start > MAX_BUFFERED ? -1 : 0;
    }
    long size = offset + length.size() + length.value();
    if (size > MAX_BUFFERED) {
      return -1;
    }
    return start + size <= buffered.length ? (int) size : 0;
  }
}
