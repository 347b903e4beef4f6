package org.mockpayments.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the server knows of one WebSocket connection: its handshake and its state.
 *
 * @param id the server's id, {@code c1}, {@code c2}, ... in order of opening; ids start again at
 *     {@code c1} after a reset that leaves no connection listed
 * @param seq the place of the connection's opening in the mock's history (see {@link Frame#seq()})
 * @param path the request path, such as {@code /payments}
 * @param query the query string without {@code ?}, or null
 * @param headers the handshake headers as the client sent them, every value kept
 * @param subprotocol the accepted subprotocol, or null
 * @param remoteAddress the client's {@code host:port} as the server saw it
 * @param proxiedTo the proxy target the connection is forwarded to, or null for a mocked one
 * @param openedAt when the upgrade was accepted
 * @param open whether the connection is still open
 * @param closeCode the close code once closed (1006 when it broke with no close frame), else null
 * @param closeReason the close reason once closed, else null
 * @param scenarioState the connection's scenario state for stubs ({@code started} at first)
 * @param variables what stubs remembered on the connection ({@link Stub#remember}), by name: a
 *     string as it is, any other value as JSON
 */
public record ConnectionInfo(
    String id,
    long seq,
    String path,
    String query,
    Map<String, List<String>> headers,
    String subprotocol,
    String remoteAddress,
    String proxiedTo,
    Instant openedAt,
    boolean open,
    Integer closeCode,
    String closeReason,
    String scenarioState,
    Map<String, String> variables) {

  /** The value stubs remembered as {@code name} (a string as it is, else JSON), or null. */
  public String variable(String name) {
    return variables.get(name);
  }

  /** The first value of the header {@code name} (compared ignoring case), or null. */
  public String header(String name) {
    return headers.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
        .map(entry -> entry.getValue().get(0))
        .findFirst()
        .orElse(null);
  }
}
