package org.mockpayments.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a {@link MockPaymentsServer} is set up. The image reads these from its environment; see
 * {@link #fromEnvironment}.
 *
 * @param webSocketPort the port for WebSocket upgrades on any path (0 picks a free one)
 * @param controlPort the port of the control API (0 picks a free one)
 * @param maxMessageBytes the largest WebSocket message accepted, in bytes
 * @param maxBodyBytes the largest control API request body accepted, in bytes
 * @param journalLimit how many journal entries are kept; past it the oldest are evicted and counted
 * @param stubsFile a JSON array of stub definitions loaded at start and restored on reset, or null
 * @param controlToken when set, every control request must carry {@code Authorization: Bearer <token>}
 * @param writeTimeoutMs how long a push may wait for a client that does not read before it fails
 * @param tls whether the WebSocket port serves {@code wss://}, and with which certificate
 */
public record ServerSettings(
    int webSocketPort,
    int controlPort,
    long maxMessageBytes,
    long maxBodyBytes,
    int journalLimit,
    Path stubsFile,
    String controlToken,
    long writeTimeoutMs,
    TlsSettings tls) {
  /** The WebSocket port inside the image. */
  public static final int DEFAULT_WEBSOCKET_PORT = 8080;
  /** The control API port inside the image. */
  public static final int DEFAULT_CONTROL_PORT = 8081;
  /** 16 MiB, the default limit of both messages and request bodies. */
  public static final long DEFAULT_SIZE_LIMIT = 16L * 1024 * 1024;
  /** Ten seconds. */
  public static final long DEFAULT_WRITE_TIMEOUT_MS = 10_000;
  /** One million journal entries. */
  public static final int DEFAULT_JOURNAL_LIMIT = 1_000_000;

  /** The environment variable names {@link #fromEnvironment} reads. */
  public static final String ENV_WEBSOCKET_PORT = "MOCK_WS_PORT";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_CONTROL_PORT = "MOCK_CONTROL_PORT";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_MAX_MESSAGE_BYTES = "MOCK_MAX_MESSAGE_BYTES";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_MAX_BODY_BYTES = "MOCK_MAX_BODY_BYTES";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_STUBS_FILE = "MOCK_STUBS_FILE";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_JOURNAL_LIMIT = "MOCK_JOURNAL_LIMIT";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_CONTROL_TOKEN = "MOCK_CONTROL_TOKEN";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_WRITE_TIMEOUT_MS = "MOCK_WRITE_TIMEOUT_MS";
  /** See {@link #ENV_WEBSOCKET_PORT}: {@code true} serves {@code wss://}. */
  public static final String ENV_TLS = "MOCK_TLS";
  /** See {@link #ENV_WEBSOCKET_PORT}: a PKCS12 key store to use instead of a generated certificate. */
  public static final String ENV_TLS_KEYSTORE = "MOCK_TLS_KEYSTORE";
  /** See {@link #ENV_WEBSOCKET_PORT}. */
  public static final String ENV_TLS_KEYSTORE_PASSWORD = "MOCK_TLS_KEYSTORE_PASSWORD";
  /** See {@link #ENV_WEBSOCKET_PORT}: comma-separated extra names for a generated certificate. */
  public static final String ENV_TLS_HOSTNAMES = "MOCK_TLS_HOSTNAMES";

  /** Ports 8080 and 8081, 16 MiB limits, a journal of a million entries, no stubs file. */
  public static ServerSettings defaults() {
    return new ServerSettings(DEFAULT_WEBSOCKET_PORT, DEFAULT_CONTROL_PORT, DEFAULT_SIZE_LIMIT, DEFAULT_SIZE_LIMIT,
        DEFAULT_JOURNAL_LIMIT, null, null, DEFAULT_WRITE_TIMEOUT_MS, TlsSettings.OFF);
  }

  /** The defaults on free ports, as tests that embed the server want them. */
  public static ServerSettings ephemeral() {
    return defaults().withPorts(0, 0);
  }

  /**
   * The defaults, overridden by {@code MOCK_WS_PORT}, {@code MOCK_CONTROL_PORT}, {@code
   * MOCK_MAX_MESSAGE_BYTES}, {@code MOCK_MAX_BODY_BYTES}, {@code MOCK_JOURNAL_LIMIT}, {@code
   * MOCK_STUBS_FILE}, {@code MOCK_CONTROL_TOKEN}, {@code MOCK_WRITE_TIMEOUT_MS} and the {@code
   * MOCK_TLS...} variables where set.
   *
   * @throws IllegalArgumentException naming the variable whose value is not usable
   */
  public static ServerSettings fromEnvironment(Map<String, String> env) {
    ServerSettings defaults = defaults();
    String stubs = env.get(ENV_STUBS_FILE);
    return new ServerSettings(
        (int) number(env, ENV_WEBSOCKET_PORT, defaults.webSocketPort, 65_535),
        (int) number(env, ENV_CONTROL_PORT, defaults.controlPort, 65_535),
        number(env, ENV_MAX_MESSAGE_BYTES, defaults.maxMessageBytes, Integer.MAX_VALUE),
        number(env, ENV_MAX_BODY_BYTES, defaults.maxBodyBytes, Integer.MAX_VALUE),
        (int) number(env, ENV_JOURNAL_LIMIT, defaults.journalLimit, Integer.MAX_VALUE),
        stubs == null || stubs.isBlank() ? null : Path.of(stubs),
        blankToNull(env.get(ENV_CONTROL_TOKEN)),
        number(env, ENV_WRITE_TIMEOUT_MS, defaults.writeTimeoutMs, 3_600_000),
        tlsFrom(env));
  }

  /** A copy with other ports. */
  public ServerSettings withPorts(int webSocketPort, int controlPort) {
    return new ServerSettings(webSocketPort, controlPort, maxMessageBytes, maxBodyBytes, journalLimit, stubsFile, controlToken, writeTimeoutMs, tls);
  }

  /** A copy that loads the stubs in {@code file} at start. */
  public ServerSettings withStubsFile(Path file) {
    return new ServerSettings(webSocketPort, controlPort, maxMessageBytes, maxBodyBytes, journalLimit, file, controlToken, writeTimeoutMs, tls);
  }

  /** A copy with other size limits for WebSocket messages and control API bodies. */
  public ServerSettings withLimits(long maxMessageBytes, long maxBodyBytes) {
    return new ServerSettings(webSocketPort, controlPort, maxMessageBytes, maxBodyBytes, journalLimit, stubsFile, controlToken, writeTimeoutMs, tls);
  }

  /** A copy that keeps at most {@code entries} journal entries. */
  public ServerSettings withJournalLimit(int entries) {
    return new ServerSettings(webSocketPort, controlPort, maxMessageBytes, maxBodyBytes, entries, stubsFile, controlToken, writeTimeoutMs, tls);
  }

  /** A copy whose control API demands {@code Authorization: Bearer <token>}; null for none. */
  public ServerSettings withControlToken(String token) {
    return new ServerSettings(webSocketPort, controlPort, maxMessageBytes, maxBodyBytes, journalLimit, stubsFile, token, writeTimeoutMs, tls);
  }

  /** A copy whose pushes to a client that does not read fail after {@code millis}. */
  public ServerSettings withWriteTimeout(long millis) {
    return new ServerSettings(webSocketPort, controlPort, maxMessageBytes, maxBodyBytes, journalLimit, stubsFile,
        controlToken, millis, tls);
  }

  /** A copy whose WebSocket port serves {@code wss://} as {@code tls} says. */
  public ServerSettings withTls(TlsSettings tls) {
    return new ServerSettings(webSocketPort, controlPort, maxMessageBytes, maxBodyBytes, journalLimit, stubsFile,
        controlToken, writeTimeoutMs, tls);
  }

  private static TlsSettings tlsFrom(Map<String, String> env) {
    String enabled = blankToNull(env.get(ENV_TLS));
    if (enabled == null || enabled.equalsIgnoreCase("false")) {
      return TlsSettings.OFF;
    }
    if (!enabled.equalsIgnoreCase("true")) {
      throw new IllegalArgumentException(ENV_TLS + " must be true or false, not '" + enabled + "'.");
    }
    String keyStore = blankToNull(env.get(ENV_TLS_KEYSTORE));
    if (keyStore != null) {
      return TlsSettings.fromKeyStore(Path.of(keyStore), env.get(ENV_TLS_KEYSTORE_PASSWORD));
    }
    String names = blankToNull(env.get(ENV_TLS_HOSTNAMES));
    return TlsSettings.selfSigned(names == null ? List.of() : List.of(names.trim().split("\\s*,\\s*")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static long number(Map<String, String> env, String name, long defaultValue, long max) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      long number = Long.parseLong(value.trim());
      if (number >= 0 && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(name + " must be a whole number from 0 to " + max + ", not '" + value + "'.");
  }
}
