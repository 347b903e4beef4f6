package org.mockpayments.server.internal.frames;

import java.util.Locale;

/** Which way a frame went: in from the client, or out from the mock. */
public enum Direction {
  IN,
  OUT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
