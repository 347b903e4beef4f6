package org.mockpayments.server.internal.proxy;

import org.mockpayments.server.internal.frames.Payload;

/** Where a target's frames and close go: the client's side of the proxied connection. */
public interface Downstream {
  /** A text or binary frame from the target. */
  void frame(Payload payload);

  /** The target closed with {@code code} (1006: the connection broke with no close frame). */
  void closed(int code, String reason);
}
