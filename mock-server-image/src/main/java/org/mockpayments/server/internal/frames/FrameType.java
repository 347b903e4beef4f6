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
   * The frames a match reads: those {@code type} names, or by default text frames, binary frames
   * when it only reads bytes, and both when it reads both or nothing.
   */
  static Set<FrameType> readBy(String type, boolean readsText, boolean readsBytes, String where) {
    if (type == null) {
      return readsBytes && !readsText
          ? Set.of(BINARY)
          : readsText && !readsBytes ? Set.of(TEXT) : Set.of(TEXT, BINARY);
    }
    return switch (type) {
      case "text" -> Set.of(TEXT);
      case "binary" -> Set.of(BINARY);
      case "any" -> Set.of(TEXT, BINARY);
      default ->
          throw ApiException.badRequest(
              "'type' in " + where + " must be 'text', 'binary' or 'any', not '" + type + "'.");
    };
  }
}
