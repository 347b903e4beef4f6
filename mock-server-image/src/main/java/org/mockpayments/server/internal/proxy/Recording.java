package org.mockpayments.server.internal.proxy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mockpayments.server.internal.frames.Payload;

/**
 * What one proxied connection carried: the client's frames that went to the target, the target's
 * frames and its close, in order. {@code whole} is false when a reset cut off its beginning.
 */
public final class Recording {
  /** Who sent a frame, or that the target closed. */
  public enum Kind {
    CLIENT,
    TARGET,
    TARGET_CLOSED
  }

  /** One thing that happened, with the moment it did. */
  public record Event(Kind kind, Payload payload, Instant at) {}

  final String connectionId;
  final String path;
  final Instant openedAt;
  final List<String> secrets;
  final List<Event> events = new ArrayList<>();
  boolean whole = true;
  boolean ended;

  Recording(String connectionId, String path, Instant openedAt, List<String> secrets) {
    this.connectionId = connectionId;
    this.path = path;
    this.openedAt = openedAt;
    this.secrets = secrets;
  }

  /** The proxied connection's id. */
  public String connectionId() {
    return connectionId;
  }

  /** The path the client connected on. */
  public String path() {
    return path;
  }

  /** A copy of the events so far. */
  synchronized List<Event> events() {
    return List.copyOf(events);
  }
}
