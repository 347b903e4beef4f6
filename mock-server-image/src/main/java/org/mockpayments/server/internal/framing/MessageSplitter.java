package org.mockpayments.server.internal.framing;

import java.util.List;
import org.mockpayments.server.internal.frames.Payload;

/**
 * Cuts the frames of one connection into messages, keeping what a frame leaves unfinished for the
 * next. Called for one frame at a time, in the order they arrive.
 */
public interface MessageSplitter {
  /** At most this many bytes wait for the rest of a message; past it they are let go as one. */
  int MAX_BUFFERED = 16 * 1024 * 1024;

  /**
   * The messages {@code frame} completes, in order: none when it only begins one. A frame of the
   * type the framing does not cut is one message of its own.
   */
  List<Payload> split(Payload frame);
}
