package org.mockpayments.server.internal.journal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of an accepted upgrade request that the control API reports; {@code proxiedTo} is the
 * target a proxied connection goes to, null for a mocked one.
 */
public record Handshake(
    String path,
    String query,
    Map<String, List<String>> headers,
    String subprotocol,
    String remoteAddress,
    String proxiedTo) {
  /** The first value of the header {@code name}, compared ignoring case, or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /** The first value of query parameter {@code name}, decoded, or null. */
  public String queryParameter(String name) {
    return queryParameters().get(name);
  }

  /** Each query parameter's first value, decoded, in the order of the query. */
  public Map<String, String> queryParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query == null) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      parameters.putIfAbsent(
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
          URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
