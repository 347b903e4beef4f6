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
    long deadline = System.nanoTime() + timeout.toNanos();
    long since = firstUntaken() - 1;
    while (true) {
      Duration remaining = remaining(deadline);
      ControlHttp.Answer answer = http.post("frames/await", query(connection, match, since, remaining), remaining);
      if (answer.isTimeout()) {
        throw new AssertionError("Awaited " + describe(connection, match) + " for " + timeout.toMillis() + " ms. "
            + answer.message());
      }
      Frame frame = Wire.frame(answer.ok());
      if (tryTake(frame.seq())) {
        return frame;
      }
      since = frame.seq();
    }
  }

  /** Passes if no untaken frame that fits arrives within {@code within}; the frame is not taken. */
  void refute(String connection, Match match, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    long since = firstUntaken() - 1;
    while (true) {
      Duration remaining = remaining(deadline);
      ControlHttp.Answer answer = http.post("frames/await", query(connection, match, since, remaining), remaining);
      if (answer.isTimeout()) {
        return;
      }
      Frame frame = Wire.frame(answer.ok());
      if (!isTaken(frame.seq())) {
        throw new AssertionError("Expected no " + describe(connection, match).substring(2) + " within "
            + within.toMillis() + " ms, but got " + frame);
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
