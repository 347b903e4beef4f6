package org.mockpayments.server;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the mock forwards every connection to a real server (more targets, per path, can be added
 * at run time through {@code /proxy-targets}).
 *
 * <pre>{@code
 * ProxySettings.to(URI.create("wss://payments-sandbox.example"))
 *     .withHeader("Authorization", "Bearer " + sandboxToken)
 * }</pre>
 *
 * @param target a {@code ws://} or {@code wss://} address with no path (the client's path and query
 *     are kept), or null for no proxy
 * @param headers headers added to every forwarded upgrade, over the client's own; never recorded
 * @param trustAnyCertificate whether a {@code wss://} target's certificate is accepted unchecked (a
 *     sandbox with a self-signed certificate)
 */
public record ProxySettings(URI target, Map<String, String> headers, boolean trustAnyCertificate) {
  /** No proxy: every connection is mocked. */
  public static final ProxySettings OFF = new ProxySettings(null, Map.of(), false);

  /** Copies {@code headers}, so the settings cannot change afterwards. */
  public ProxySettings {
    headers = Map.copyOf(headers);
  }

  /** Forwards every connection to {@code target}. */
  public static ProxySettings to(URI target) {
    return new ProxySettings(target, Map.of(), false);
  }

  /** The same settings, adding header {@code name} to forwarded upgrades. */
  public ProxySettings withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ProxySettings(target, more, trustAnyCertificate);
  }

  /** The same settings, accepting any certificate of a {@code wss://} target. */
  public ProxySettings trustingAnyCertificate() {
    return new ProxySettings(target, headers, true);
  }
}
