package org.mockpayments.server.internal.contract;

import java.util.Locale;
import org.mockpayments.server.internal.asyncapi.Operation;
import org.mockpayments.server.internal.json.ApiException;

/**
 * Which side of the document the mock plays. A document describes one application: with {@code
 * SERVER} the mock is that application, with {@code CLIENT} it is the application's counterpart
 * (for documents written from the client's side).
 */
public enum Perspective {
  SERVER,
  CLIENT;

  /** {@code server} or {@code client}; null means the default, {@code server}. */
  public static Perspective parse(String value, String where) {
    if (value == null || value.isEmpty()) {
      return SERVER;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "server" -> SERVER;
      case "client" -> CLIENT;
      default ->
          throw ApiException.badRequest(
              ApiException.sentence(where)
                  + " must be 'server' (the mock plays the application the document describes) or"
                  + " 'client' (it plays the counterpart), not '"
                  + value
                  + "'.");
    };
  }

  /** Whether the mock receives the messages of an operation with {@code action}. */
  public boolean mockReceives(Operation.Action action) {
    return (this == SERVER) == (action == Operation.Action.RECEIVE);
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
