package org.mockpayments.server.internal;

import java.util.Locale;

/** Which way a frame went: in from the client, or out from the mock. */
enum Direction {
  IN,
  OUT;

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
