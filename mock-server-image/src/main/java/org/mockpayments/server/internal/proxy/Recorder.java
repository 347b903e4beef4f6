package org.mockpayments.server.internal.proxy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.mockpayments.server.internal.frames.Payload;

/**
 * The recordings of proxied connections since the last reset. A reset forgets the connections that
 * ended and empties the others, which go on recording, cut.
 */
public final class Recorder {
  private final Map<String, Recording> recordings = new LinkedHashMap<>();

  synchronized void opened(String connectionId, String path, Instant at, List<String> secrets) {
    recordings.put(connectionId, new Recording(connectionId, path, at, secrets));
  }

  synchronized void record(String connectionId, Recording.Kind kind, Payload payload, Instant at) {
    Recording recording = recordings.get(connectionId);
    if (recording != null) {
      synchronized (recording) {
        recording.events.add(new Recording.Event(kind, payload, at));
        recording.ended |= kind == Recording.Kind.TARGET_CLOSED;
      }
    }
  }

  /** Marks the connection ended: the next reset forgets it. */
  synchronized void ended(String connectionId) {
    Recording recording = recordings.get(connectionId);
    if (recording != null) {
      recording.ended = true;
    }
  }

  /** The recordings that {@code which} selects, in order of opening. */
  public synchronized List<Recording> recordings(Predicate<Recording> which) {
    List<Recording> selected = new ArrayList<>();
    recordings.values().stream().filter(which).forEach(selected::add);
    return selected;
  }

  /** Forgets what came before a reset. */
  public synchronized void reset() {
    recordings.values().removeIf(recording -> recording.ended);
    recordings
        .values()
        .forEach(
            recording -> {
              synchronized (recording) {
                recording.events.clear();
                recording.whole = false;
              }
            });
  }
}
