package org.mockpayments.server;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether the WebSocket port serves {@code wss://}, and with which certificate.
 *
 * @param enabled whether the WebSocket port speaks TLS
 * @param keyStore a PKCS12 key store with the server's key and certificate, or null to generate a
 *     self-signed certificate at start
 * @param keyStorePassword the key store's password (also the key's), when {@code keyStore} is set
 * @param hostnames names and addresses a generated certificate covers besides {@code localhost},
 *     {@code 127.0.0.1} and the machine's own host name
 */
public record TlsSettings(
    boolean enabled, Path keyStore, String keyStorePassword, List<String> hostnames) {
  /** Plain {@code ws://}. */
  public static final TlsSettings OFF = new TlsSettings(false, null, null, List.of());

  /** {@code wss://} with a self-signed certificate generated at start. */
  public static TlsSettings selfSigned(List<String> hostnames) {
    return new TlsSettings(true, null, null, List.copyOf(hostnames));
  }

  /** {@code wss://} with the key and certificate of a PKCS12 key store. */
  public static TlsSettings fromKeyStore(Path keyStore, String password) {
    return new TlsSettings(true, keyStore, password, List.of());
  }
}
