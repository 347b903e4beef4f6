package org.mockpayments.server.internal.proxy;

import java.util.List;
import org.mockpayments.server.internal.frames.Payload;

/**
 * Keeps what the proxy was told to add (an Authorization for the sandbox) out of a recording,
 * should the target ever echo it: each such value, and the credentials after its scheme ({@code
 * Bearer ...}), becomes {@code REDACTED}.
 */
final class Redaction {
  static final String REDACTED = "REDACTED";
  private static final int SHORTEST_SECRET = 4;

  private Redaction() {}

  static Payload apply(Payload payload, List<String> secrets) {
    if (!(payload instanceof Payload.Text text) || secrets.isEmpty()) {
      return payload;
    }
    String out = text.text();
    for (String secret : secrets) {
      out = redact(out, secret);
      int space = secret.indexOf(' ');
      if (space > 0) {
        out = redact(out, secret.substring(space + 1).strip());
      }
    }
    return new Payload.Text(out);
  }

  private static String redact(String text, String secret) {
    return secret.length() < SHORTEST_SECRET ? text : text.replace(secret, REDACTED);
  }
}
