package org.mockpayments.testcontainers;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.BitSet;

/**
 * Awaits frames like a mailbox: each frame is handed out once, so successive awaits for the same
 * pattern return successive frames, and a frame no await wanted stays for a later one. The server
 * does the waiting (long-poll); this only remembers which frames were taken.
 */
final class FrameMailbox {
  private final ControlHttp http;
  private final BitSet taken = new BitSet();

  FrameMailbox(ControlHttp http) {
    this.http = http;
  }

  /** The first frame not yet taken that fits; an {@link AssertionError} after {@code timeout}. */
  Frame take(String connection, Match match, Duration timeout) {
    Found found = nextUntaken(connection, match, timeout, true);
    if (found.frame() == null) {
      throw new AssertionError("Awaited " + describe(connection, match) + " for " + timeout.toMillis() + " ms. "
          + found.timeoutMessage());
    }
    return found.frame();
  }

  /** Passes if no untaken frame that fits arrives within {@code within}; the frame is not taken. */
  void refute(String connection, Match match, Duration within) {
    Frame frame = nextUntaken(connection, match, within, false).frame();
    if (frame != null) {
      throw new AssertionError("Expected no " + describe(connection, match).substring(2) + " within "
          + within.toMillis() + " ms, but got " + frame);
    }
  }

  /** A frame, or none and the server's word on what did arrive. */
  private record Found(Frame frame, String timeoutMessage) {}

  /**
   * Long-polls for the first fitting frame no await has taken, skipping taken ones, until {@code
   * wait} runs out. With {@code take}, the frame found is taken.
   */
  private Found nextUntaken(String connection, Match match, Duration wait, boolean take) {
    long deadline = System.nanoTime() + wait.toNanos();
    long since = firstUntaken() - 1;
    while (true) {
      Duration remaining = remaining(deadline);
      ControlHttp.Answer answer = http.post("frames/await", query(connection, match, since, remaining), remaining);
      if (answer.isTimeout()) {
        return new Found(null, answer.message());
      }
      Frame frame = Wire.frame(answer.ok());
      if (take ? tryTake(frame.seq()) : !isTaken(frame.seq())) {
        return new Found(frame, null);
      }
      since = frame.seq();
    }
  }

  /** Forgets what was taken: after a reset the server numbers frames from 1 again. */
  synchronized void clear() {
    taken.clear();
  }

  private synchronized boolean tryTake(long seq) {
    if (taken.get((int) seq)) {
      return false;
    }
    taken.set((int) seq);
    return true;
  }

  private synchronized boolean isTaken(long seq) {
    return taken.get((int) seq);
  }

  private synchronized long firstUntaken() {
    return taken.nextClearBit(1);
  }

  private static JsonObject query(String connection, Match match, long since, Duration timeout) {
    JsonObject body = new JsonObject();
    if (connection != null) {
      body.addProperty("connection", connection);
    }
    body.addProperty("since", since);
    body.add("match", match.toJson());
    body.addProperty("timeoutMs", timeout.toMillis());
    return body;
  }

  private static String describe(String connection, Match match) {
    return "a frame from " + (connection == null ? "any connection" : connection) + " matching " + match;
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }
}
