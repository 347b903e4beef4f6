package org.mockpayments.client;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Awaits frames like a mailbox: each frame is handed out once, so successive awaits for the same
 * pattern return successive frames, and a frame no await wanted stays for a later one. The server
 * does the waiting (long-poll); this only remembers which frames were taken.
 *
 * <p>Frames are remembered by their {@code seq}, which names one event for the server's whole life,
 * so a reset made elsewhere (another client, the debug page, curl) cannot make an old mark hide a
 * new frame.
 */
final class FrameMailbox {
  private static final int LISTED_ON_TIMEOUT = 20;

  private final ControlApi api;
  private final Set<Long> taken = new HashSet<>();

  /** Per connection and match: the last frame an await of that kind took. */
  private final Map<String, Long> lastTaken = new HashMap<>();

  /** The server's last seq at this client's last reset: frames before it are gone. */
  private long origin;

  FrameMailbox(ControlApi api) {
    this.api = api;
  }

  /** The first frame not yet taken that fits; an {@link AssertionError} after {@code timeout}. */
  Frame take(String connection, Match match, Duration timeout) {
    Frame frame = nextUntaken(connection, match, timeout, true);
    if (frame == null) {
      throw new AssertionError(
          "Awaited "
              + describe(connection, match)
              + " for "
              + timeout.toMillis()
              + " ms, but none arrived that an earlier await had not taken. "
              + history());
    }
    return frame;
  }

  /** Passes if no untaken frame that fits arrives within {@code within}; the frame is not taken. */
  void assertNone(String connection, Match match, Duration within) {
    Frame frame = nextUntaken(connection, match, within, false);
    if (frame != null) {
      throw new AssertionError(
          "Expected no "
              + describe(connection, match).substring(2)
              + " within "
              + within.toMillis()
              + " ms, but got "
              + frame);
    }
  }

  /** Forgets what was taken: the server's journal now starts after {@code seq}. */
  synchronized void restartAfter(long seq) {
    taken.clear();
    lastTaken.clear();
    origin = seq;
  }

  /**
   * Long-polls for the first fitting frame no await has taken, skipping taken ones, until {@code
   * wait} runs out; null when none came. With {@code take}, the frame found is taken.
   */
  private Frame nextUntaken(String connection, Match match, Duration wait, boolean take) {
    long deadline = System.nanoTime() + wait.toNanos();
    String key = connection + " " + match;
    long since = startingPoint(key);
    while (true) {
      Duration remaining = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      ControlApi.Answer answer =
          api.post("frames/await", query(connection, match, since, remaining), remaining);
      if (answer.isTimeout()) {
        return null;
      }
      Frame frame = Wire.frame(answer.ok());
      if (take ? tryTake(key, frame.seq()) : !isTaken(frame.seq())) {
        return frame;
      }
      since = frame.seq();
    }
  }

  /**
   * Every fitting frame up to the last one an await of the same kind took was taken, by it or by
   * another await; so the search may start there.
   */
  private synchronized long startingPoint(String key) {
    return Math.max(origin, lastTaken.getOrDefault(key, origin));
  }

  private synchronized boolean tryTake(String key, long seq) {
    if (!taken.add(seq)) {
      return false;
    }
    lastTaken.merge(key, seq, Math::max);
    return true;
  }

  private synchronized boolean isTaken(long seq) {
    return taken.contains(seq);
  }

  /** Every frame since this client's last reset, in both directions, the taken ones marked. */
  private String history() {
    long since;
    synchronized (this) {
      since = origin;
    }
    List<Frame> frames = Wire.list(api.get("frames?since=" + since).ok(), Wire::frame);
    if (frames.isEmpty()) {
      return "Nothing arrived in either direction since the last reset.";
    }
    List<Frame> shown =
        frames.subList(Math.max(0, frames.size() - LISTED_ON_TIMEOUT), frames.size());
    String listed =
        shown.stream()
            .map(frame -> frame + (isTaken(frame.seq()) ? " (taken by an earlier await)" : ""))
            .collect(Collectors.joining("; "));
    String earlier =
        shown.size() < frames.size()
            ? "... " + (frames.size() - shown.size()) + " earlier, then "
            : "";
    return "Frames since the last reset (" + frames.size() + "): " + earlier + listed;
  }

  private static JsonObject query(String connection, Match match, long since, Duration timeout) {
    JsonObject body = new JsonObject();
    if (connection != null) {
      body.addProperty("connection", connection);
    }
    body.addProperty("since", since);
    body.add("match", match.toJsonObject());
    body.addProperty("timeoutMs", timeout.toMillis());
    return body;
  }

  private static String describe(String connection, Match match) {
    return "a frame from "
        + (connection == null ? "any connection" : "connection " + connection)
        + " matching "
        + match;
  }
}
