package org.mockpayments.server.internal.frames;

import java.util.Locale;
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
}
