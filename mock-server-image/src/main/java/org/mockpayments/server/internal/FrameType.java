package org.mockpayments.server.internal;

import java.util.Locale;

/** The kinds of WebSocket frame the journal records. */
enum FrameType {
  TEXT,
  BINARY,
  PING,
  PONG,
  CLOSE;

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FrameType parse(String name, String where) {
    for (FrameType type : values()) {
      if (type.wireName().equals(name)) {
        return type;
      }
    }
    throw ApiException.badRequest(
        "'" + name + "' in " + where + " is not a frame type; use text, binary, ping, pong or close.");
  }
}
