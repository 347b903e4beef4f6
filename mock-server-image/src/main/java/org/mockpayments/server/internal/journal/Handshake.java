package org.mockpayments.server.internal.journal;

import java.util.List;
import java.util.Map;

/** The facts of an accepted upgrade request that the control API reports. */
public record Handshake(
    String path,
    String query,
    Map<String, List<String>> headers,
    String subprotocol,
    String remoteAddress) {
  /** The first value of the header {@code name}, compared ignoring case, or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }
}
