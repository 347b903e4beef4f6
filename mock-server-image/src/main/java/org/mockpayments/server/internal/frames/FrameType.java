package org.mockpayments.server.internal.frames;

import java.util.Locale;
import java.util.Set;
import org.mockpayments.server.internal.json.ApiException;

/** The kinds of WebSocket frame the journal records. */
public enum FrameType {
  TEXT,
  BINARY,
  PING,
  PONG,
  CLOSE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FrameType parse(String name, String where) {
    for (FrameType type : values()) {
      if (type.wireName().equals(name)) {
        return type;
      }
    }
    throw ApiException.badRequest(
        "'"
            + name
            + "' in "
            + where
            + " is not a frame type; use text, binary, ping, pong or close.");
  }

  /**
   * The frames a match reads. Its own {@code type} when it names one; else the type of the filter
   * around it ({@code filterType}, null when there is none); else text frames, binary frames when
   * it only reads bytes, and both when it reads both or nothing. A match that names a type the
   * filter's excludes, or that has conditions inside a filter of frames with no payload to read,
   * could never match: that is a 400 saying why.
   */
  static Set<FrameType> readBy(
      String type, FrameType filterType, boolean readsText, boolean readsBytes, String where) {
    if (filterType != null && filterType != TEXT && filterType != BINARY) {
      throw ApiException.badRequest(
          where
              + " has conditions, but the filter's 'type' is '"
              + filterType.wireName()
              + "', a frame with no text or bytes to match: drop the match, or ask for text or"
              + " binary frames.");
    }
    if (type == null) {
      if (filterType != null) {
        return Set.of(filterType);
      }
      return readsBytes && !readsText
          ? Set.of(BINARY)
          : readsText && !readsBytes ? Set.of(TEXT) : Set.of(TEXT, BINARY);
    }
    Set<FrameType> own =
        switch (type) {
          case "text" -> Set.of(TEXT);
          case "binary" -> Set.of(BINARY);
          case "any" -> Set.of(TEXT, BINARY);
          default ->
              throw ApiException.badRequest(
                  "'type' in " + where + " must be 'text', 'binary' or 'any', not '" + type + "'.");
        };
    if (filterType == null) {
      return own;
    }
    if (!own.contains(filterType)) {
      throw ApiException.badRequest(
          "'type' in "
              + where
              + " is '"
              + type
              + "', but the filter's 'type' is '"
              + filterType.wireName()
              + "': no frame is both. Name the type once, in the filter or in the match.");
    }
    return Set.of(filterType);
  }
}
