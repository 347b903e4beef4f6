package org.mockpayments.testcontainers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers implementation of the mock Payments WebSocket server.
 *
 * <p>Supported image: {@code mock-payments-server}, built by this project (see its README); a
 * build of your own is accepted when declared with {@code
 * DockerImageName.parse("my/image").asCompatibleSubstituteFor("mock-payments-server")}.
 *
 * <p>Exposed ports: {@value #WEBSOCKET_PORT} (WebSocket upgrades on any path) and {@value
 * #CONTROL_PORT} (the control API). The container is ready when {@code /health} answers.
 *
 * <pre>{@code
 * @Container
 * static MockPaymentsContainer payments = new MockPaymentsContainer()
 *     .withStub(Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
 *         .reply(Reply.json("{\"payment_methods\":[\"credit_card\"]}")));
 *
 * client.connect(payments.getWebSocketUrl("/payments"));
 * MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>The container implements {@link MockPayments} by delegating to {@link #client()}, available
 * once it has started. Stubs given with {@code withStub...} are loaded at start and come back after
 * every {@link #reset()}.
 */
public class MockPaymentsContainer extends GenericContainer<MockPaymentsContainer> implements MockPayments {
  /** The image name this module runs by default, at tag {@link #DEFAULT_TAG}. */
  public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse(ImageVersion.NAME);
  /** The image tag this module was built with: the project version. */
  public static final String DEFAULT_TAG = ImageVersion.TAG;
  /** The WebSocket port inside the container. */
  public static final int WEBSOCKET_PORT = 8080;
  /** The control API port inside the container. */
  public static final int CONTROL_PORT = 8081;

  private static final String STUBS_PATH = "/tmp/mock-payments-stubs.json";

  private final JsonArray stubs = new JsonArray();
  private String controlToken;
  private boolean tls;
  private MockPaymentsClient client;

  /** The image this project builds, at the version of this module. */
  public MockPaymentsContainer() {
    this(DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG));
  }

  /** The given image, such as {@code mock-payments-server:0.1.0}. */
  public MockPaymentsContainer(String image) {
    this(DockerImageName.parse(image));
  }

  /**
   * The given image, which must be {@code mock-payments-server} or declared a compatible substitute.
   */
  public MockPaymentsContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DEFAULT_IMAGE_NAME);
    withExposedPorts(WEBSOCKET_PORT, CONTROL_PORT);
    waitingFor(Wait.forHttp("/health").forPort(CONTROL_PORT).forStatusCode(200)
        .withStartupTimeout(Duration.ofSeconds(60)));
  }

  /** Loads {@code stub} at start; it survives {@link #reset()}. */
  public MockPaymentsContainer withStub(Stub stub) {
    stubs.add(stub.toJson());
    return self();
  }

  /** Loads a stub written as the control API's JSON at start; it survives {@link #reset()}. */
  public MockPaymentsContainer withStubJson(String json) {
    return withStub(Stub.fromJson(json));
  }

  /**
   * Loads the stubs of a JSON file on the host (an array of stub definitions, as the control API
   * takes them) at start; they survive {@link #reset()}.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it does not hold a JSON array
   */
  public MockPaymentsContainer withStubsFile(Path file) {
    try {
      return withStubsArray(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the stubs file " + file, e);
    }
  }

  /**
   * Loads the stubs of a JSON resource on the test classpath, such as {@code
   * "stubs/payments.json"}; they survive {@link #reset()}.
   *
   * @throws IllegalArgumentException if there is no such resource or it does not hold a JSON array
   */
  public MockPaymentsContainer withStubsFromClasspath(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
      if (in == null) {
        throw new IllegalArgumentException("There is no classpath resource " + resource);
      }
      return withStubsArray(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath resource " + resource, e);
    }
  }

  /** The largest WebSocket message the server accepts (default 16 MiB). */
  public MockPaymentsContainer withMaxMessageBytes(long bytes) {
    return withEnv("MOCK_MAX_MESSAGE_BYTES", Long.toString(bytes));
  }

  /** The largest control API request body the server accepts (default 16 MiB). */
  public MockPaymentsContainer withMaxBodyBytes(long bytes) {
    return withEnv("MOCK_MAX_BODY_BYTES", Long.toString(bytes));
  }

  /**
   * Protects the control API with a bearer token, as on a shared CI host: requests without {@code
   * Authorization: Bearer <token>} get 401. This container's client and wait strategy send it; the
   * debug page asks for it.
   */
  public MockPaymentsContainer withControlToken(String token) {
    this.controlToken = token;
    return self();
  }

  /**
   * Serves {@code wss://} on the WebSocket port with a certificate generated at start that covers
   * localhost, 127.0.0.1, this container's host as Testcontainers sees it and its network aliases.
   * {@link #getSslContext()} and {@link #getTrustStore()} trust it.
   */
  public MockPaymentsContainer withTls() {
    this.tls = true;
    return self();
  }

  @Override
  protected void configure() {
    if (tls) {
      List<String> names = new java.util.ArrayList<>(getNetworkAliases());
      names.add(getHost());
      withEnv("MOCK_TLS", "true");
      withEnv("MOCK_TLS_HOSTNAMES", String.join(",", names));
    }
    if (controlToken != null) {
      withEnv("MOCK_CONTROL_TOKEN", controlToken);
      waitingFor(Wait.forHttp("/health").forPort(CONTROL_PORT).forStatusCode(200)
          .withHeader("Authorization", "Bearer " + controlToken)
          .withStartupTimeout(Duration.ofSeconds(60)));
    }
    if (!stubs.isEmpty()) {
      withCopyToContainer(Transferable.of(Wire.print(stubs).getBytes(StandardCharsets.UTF_8)), STUBS_PATH);
      withEnv("MOCK_STUBS_FILE", STUBS_PATH);
    }
  }

  @Override
  public void start() {
    super.start();
    client = new MockPaymentsClient(getControlUrl(), controlToken);
  }

  /** {@code ws://host:port} ({@code wss://} with {@link #withTls()}), where clients outside Docker reach the server. */
  public String getWebSocketUrl() {
    return scheme() + getHost() + ":" + getMappedPort(WEBSOCKET_PORT);
  }

  /** {@code ws://host:port/path}; {@code path} may carry a query, such as {@code /ws?order=42}. */
  public String getWebSocketUrl(String path) {
    return getWebSocketUrl() + (path.startsWith("/") ? path : "/" + path);
  }

  /**
   * The WebSocket URL for a client that runs in another container on the same Docker network:
   * {@code ws://<network alias>:8080/path}, with the last alias given to {@code withNetworkAliases},
   * or the one Testcontainers generates when none was given.
   *
   * @throws IllegalStateException if the container has no network ({@code withNetwork})
   */
  public String getInternalWebSocketUrl(String path) {
    if (getNetwork() == null || getNetworkAliases().isEmpty()) {
      throw new IllegalStateException(
          "getInternalWebSocketUrl needs a shared network: call withNetwork(network) (and optionally withNetworkAliases)");
    }
    List<String> aliases = getNetworkAliases();
    return scheme() + aliases.get(aliases.size() - 1) + ":" + WEBSOCKET_PORT + (path.startsWith("/") ? path : "/" + path);
  }

  /** The control API's base URL, {@code http://host:port}. */
  public URI getControlUrl() {
    return URI.create("http://" + getHost() + ":" + getMappedPort(CONTROL_PORT));
  }

  /**
   * The typed control client.
   *
   * @throws IllegalStateException before the container has started
   */
  public MockPaymentsClient client() {
    if (client == null) {
      throw new IllegalStateException("The MockPaymentsContainer has not started yet: call start() or use @Container");
    }
    return client;
  }

  /**
   * A trust store holding the certificate the server generated, for clients configured with one.
   *
   * @throws MockPaymentsException if the container was not started {@link #withTls()}
   */
  public KeyStore getTrustStore() {
    return TrustedCertificate.trustStore(client().tlsCertificatePem());
  }

  /**
   * An SSL context that trusts the server's certificate (and nothing else), ready for {@code
   * HttpClient.newBuilder().sslContext(..)} or Jetty's {@code SslContextFactory.Client}.
   *
   * @throws MockPaymentsException if the container was not started {@link #withTls()}
   */
  public SSLContext getSslContext() {
    return TrustedCertificate.sslContext(getTrustStore());
  }

  private String scheme() {
    return tls ? "wss://" : "ws://";
  }

  private MockPaymentsContainer withStubsArray(String json, String source) {
    JsonElement parsed = Wire.parse(json, "The stubs in " + source);
    if (!parsed.isJsonArray()) {
      throw new IllegalArgumentException("The stubs in " + source + " must be a JSON array of stub definitions");
    }
    stubs.addAll(parsed.getAsJsonArray());
    return self();
  }

  // MockPayments, delegated to the client.

  @Override
  public MockConnection awaitConnection(Duration timeout) {
    return client().awaitConnection(timeout);
  }

  @Override
  public List<MockConnection> awaitConnections(int count, Duration timeout) {
    return client().awaitConnections(count, timeout);
  }

  @Override
  public List<ConnectionInfo> connections() {
    return client().connections();
  }

  @Override
  public MockConnection connection(String id) {
    return client().connection(id);
  }

  @Override
  public MockConnection latest() {
    return client().latest();
  }

  @Override
  public int broadcastText(String text) {
    return client().broadcastText(text);
  }

  @Override
  public int broadcastJson(String json) {
    return client().broadcastJson(json);
  }

  @Override
  public int broadcastBinary(byte[] bytes) {
    return client().broadcastBinary(bytes);
  }

  @Override
  public List<Frame> frames() {
    return client().frames();
  }

  @Override
  public List<Frame> receivedFrames() {
    return client().receivedFrames();
  }

  @Override
  public Frame awaitFrame(Match match, Duration timeout) {
    return client().awaitFrame(match, timeout);
  }

  @Override
  public void refuteFrame(Match match, Duration duration) {
    client().refuteFrame(match, duration);
  }

  @Override
  public StubInfo addStub(Stub stub) {
    return client().addStub(stub);
  }

  @Override
  public List<StubInfo> stubs() {
    return client().stubs();
  }

  @Override
  public void removeStub(String id) {
    client().removeStub(id);
  }

  @Override
  public void removeAllStubs() {
    client().removeAllStubs();
  }

  @Override
  public String rejectHandshakes(Rejection rule) {
    return client().rejectHandshakes(rule);
  }

  @Override
  public void removeRejection(String id) {
    client().removeRejection(id);
  }

  @Override
  public List<RejectedAttempt> rejectedHandshakes() {
    return client().rejectedHandshakes();
  }

  @Override
  public List<ClientHistory> clients(ClientIdentity identity) {
    return client().clients(identity);
  }

  @Override
  public ClientHistory client(ClientIdentity identity, String value) {
    return client().client(identity, value);
  }

  @Override
  public String transcript() {
    return client().transcript();
  }

  @Override
  public void reset() {
    client().reset();
  }

  @Override
  public void resetAndCloseConnections() {
    client().resetAndCloseConnections();
  }
}
