package org.mockpayments.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mockpayments.client.AsyncApiPerspective;
import org.mockpayments.client.Stub;

/**
 * How a {@link MockPaymentsServer} is set up: ports, limits, start-up stubs, control token, TLS.
 * Build one with {@link #builder()}, which names every setting and its default:
 *
 * <pre>{@code
 * ServerSettings settings = ServerSettings.builder()
 *     .stub(Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
 *         .reply(Reply.json("{\"payment_methods\":[\"credit_card\"]}")))
 *     .writeTimeout(Duration.ofSeconds(2))
 *     .build();
 * }</pre>
 *
 * <p>The image reads the same settings from its environment: see {@link #fromEnvironment}.
 *
 * @param webSocketPort the port for WebSocket upgrades on any path; 0 picks a free one
 * @param controlPort the port of the control API; 0 picks a free one
 * @param maxMessageBytes the largest WebSocket message accepted; a bigger one closes with 1009
 * @param maxBodyBytes the largest control API request body accepted
 * @param journalLimit how many journal entries are kept; past it the oldest tenth is evicted
 * @param stubsFile a JSON array of stub definitions loaded at start and on every reset, or null
 * @param stubs stub definitions in the control API's JSON (each a stub object, or an array of them)
 *     loaded at start and on every reset
 * @param controlToken when set, every control request must carry {@code Authorization: Bearer} with
 *     it; else null
 * @param writeTimeout how long a push may wait for a client that does not read before it fails
 * @param tls whether the WebSocket port serves {@code wss://}, and with which certificate
 * @param proxy whether connections are forwarded to a real server ({@link ProxySettings#OFF}: no)
 * @param asyncApiFile an AsyncAPI document (YAML or JSON) played at start and after every reset, or
 *     null
 * @param asyncApiPerspective which side of that document the mock plays
 */
public record ServerSettings(
    int webSocketPort,
    int controlPort,
    long maxMessageBytes,
    long maxBodyBytes,
    int journalLimit,
    Path stubsFile,
    List<String> stubs,
    String controlToken,
    Duration writeTimeout,
    TlsSettings tls,
    ProxySettings proxy,
    Path asyncApiFile,
    AsyncApiPerspective asyncApiPerspective) {
  /** Copies {@code stubs}, so the settings cannot change afterwards. */
  public ServerSettings {
    stubs = List.copyOf(stubs);
    Objects.requireNonNull(asyncApiPerspective, "asyncApiPerspective");
  }

  /** Settings for a server in a test: free ports, 16 MiB limits, no stubs, token, TLS, proxy. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults of {@link #builder()}, unchanged. */
  public static ServerSettings ephemeral() {
    return builder().build();
  }

  /**
   * The image's settings: ports 8080 and 8081, overridden where set by {@code MOCK_WS_PORT}, {@code
   * MOCK_CONTROL_PORT}, {@code MOCK_MAX_MESSAGE_BYTES}, {@code MOCK_MAX_BODY_BYTES}, {@code
   * MOCK_JOURNAL_LIMIT}, {@code MOCK_STUBS_FILE}, {@code MOCK_CONTROL_TOKEN}, {@code
   * MOCK_WRITE_TIMEOUT_MS}, {@code MOCK_TLS}, {@code MOCK_TLS_KEYSTORE}, {@code
   * MOCK_TLS_KEYSTORE_PASSWORD}, {@code MOCK_TLS_HOSTNAMES}, {@code MOCK_PROXY_TARGET}, {@code
   * MOCK_PROXY_HEADERS} (a JSON object), {@code MOCK_PROXY_INSECURE}, {@code MOCK_ASYNCAPI_FILE}
   * and {@code MOCK_ASYNCAPI_PERSPECTIVE} ({@code server} or {@code client}).
   *
   * @throws IllegalArgumentException naming the variable whose value is not usable
   */
  public static ServerSettings fromEnvironment(Map<String, String> env) {
    return EnvironmentSettings.read(env, builder());
  }

  /** A builder holding these settings, to change some of them. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .ports(webSocketPort, controlPort)
            .maxMessageBytes(maxMessageBytes)
            .maxBodyBytes(maxBodyBytes)
            .journalLimit(journalLimit)
            .stubsFile(stubsFile)
            .controlToken(controlToken)
            .writeTimeout(writeTimeout)
            .tls(tls)
            .proxy(proxy)
            .asyncApi(asyncApiFile, asyncApiPerspective);
    builder.stubs.addAll(stubs);
    return builder;
  }

  /** Builds {@link ServerSettings}; every setter returns this builder. Not thread-safe. */
  public static final class Builder {
    private int webSocketPort;
    private int controlPort;
    private long maxMessageBytes = 16L * 1024 * 1024;
    private long maxBodyBytes = 16L * 1024 * 1024;
    private int journalLimit = 1_000_000;
    private Path stubsFile;
    private final List<String> stubs = new ArrayList<>();
    private String controlToken;
    private Duration writeTimeout = Duration.ofSeconds(10);
    private TlsSettings tls = TlsSettings.OFF;
    private ProxySettings proxy = ProxySettings.OFF;
    private Path asyncApiFile;
    private AsyncApiPerspective asyncApiPerspective = AsyncApiPerspective.SERVER;

    private Builder() {}

    /** The WebSocket and control ports (default 0 and 0: free ports). */
    public Builder ports(int webSocketPort, int controlPort) {
      this.webSocketPort = webSocketPort;
      this.controlPort = controlPort;
      return this;
    }

    /** The largest WebSocket message accepted (default 16 MiB). */
    public Builder maxMessageBytes(long bytes) {
      this.maxMessageBytes = bytes;
      return this;
    }

    /** The largest control API request body accepted (default 16 MiB). */
    public Builder maxBodyBytes(long bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    /** How many journal entries are kept (default a million). */
    public Builder journalLimit(int entries) {
      this.journalLimit = entries;
      return this;
    }

    /** Loads this file's JSON array of stub definitions at start and on every reset. */
    public Builder stubsFile(Path file) {
      this.stubsFile = file;
      return this;
    }

    /** Loads {@code stub} at start and on every reset. */
    public Builder stub(Stub stub) {
      stubs.add(stub.toJson());
      return this;
    }

    /**
     * Loads the stubs of a JSON array on the classpath ({@code "stubs/payments.json"}, {@link
     * org.mockpayments.client.Recipes#STOMP}) at start and on every reset.
     *
     * @throws IllegalArgumentException if there is no such resource
     */
    public Builder stubsFromClasspath(String resource) {
      stubs.add(EnvironmentSettings.classpathResource(resource));
      return this;
    }

    /** Requires {@code Authorization: Bearer <token>} on control requests (default null: no). */
    public Builder controlToken(String token) {
      this.controlToken = token;
      return this;
    }

    /** How long a push may wait for a client that does not read (default 10 s). */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout;
      return this;
    }

    /** Serves {@code wss://} as {@code tls} says (default {@link TlsSettings#OFF}). */
    public Builder tls(TlsSettings tls) {
      this.tls = tls;
      return this;
    }

    /** Forwards connections as {@code proxy} says (default {@link ProxySettings#OFF}). */
    public Builder proxy(ProxySettings proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Plays this AsyncAPI document (YAML or JSON, 3.0 or 2.0 to 2.6; {@code $ref}s may point at
     * files beside it) as the application it describes, from start and after every reset: its
     * replies become stubs, and every frame is checked against it (default null: none).
     */
    public Builder asyncApi(Path file) {
      return asyncApi(file, AsyncApiPerspective.SERVER);
    }

    /** As {@link #asyncApi(Path)}, playing the side {@code perspective} names. */
    public Builder asyncApi(Path file, AsyncApiPerspective perspective) {
      this.asyncApiFile = file;
      this.asyncApiPerspective = Objects.requireNonNull(perspective, "perspective");
      return this;
    }

    /** The settings. */
    public ServerSettings build() {
      return new ServerSettings(
          webSocketPort,
          controlPort,
          maxMessageBytes,
          maxBodyBytes,
          journalLimit,
          stubsFile,
          stubs,
          controlToken,
          writeTimeout,
          tls,
          proxy,
          asyncApiFile,
          asyncApiPerspective);
    }
  }
}
