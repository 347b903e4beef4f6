package org.mockpayments.testcontainers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.mockpayments.client.AsyncApiPerspective;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.client.Stub;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Testcontainers implementation of the mock Payments WebSocket server.
 *
 * <p>Supported image: {@code mock-payments-server}, built by this project ({@code make image} or
 * {@code make install}), at the tag {@link #DEFAULT_TAG}: the version of this module, which every
 * artifact of the project shares (such as {@code mock-payments-server:0.1.0-SNAPSHOT}). An image
 * from your registry, or a build of your own, is accepted when declared with {@code
 * DockerImageName.parse("registry:5000/mock-payments-server:TAG").asCompatibleSubstituteFor(
 * "mock-payments-server")}. A missing image fails the start within 30 seconds with a sentence that
 * says how to get it.
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
 * <p>The container is a {@link MockPayments}: every operation goes to {@link #client()}, available
 * once it has started. Stubs given with {@code withStub...} are loaded at start and come back after
 * every {@link #reset()}.
 */
public class MockPaymentsContainer extends GenericContainer<MockPaymentsContainer>
    implements MockPayments {
  /** The image name this module runs by default: {@code mock-payments-server}. */
  public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse(ImageVersion.NAME);

  /** The image tag this module runs by default: the project version it was built with. */
  public static final String DEFAULT_TAG = ImageVersion.TAG;

  /** The WebSocket port inside the container. */
  public static final int WEBSOCKET_PORT = 8080;

  /** The control API port inside the container. */
  public static final int CONTROL_PORT = 8081;

  private static final String STUBS_PATH = "/tmp/mock-payments-stubs.json";
  private static final String ASYNCAPI_DIRECTORY = "/tmp/mock-payments-asyncapi";
  private static final int READABLE_BY_ALL = 0755;

  private final StartupStubs stubs = new StartupStubs();
  private String controlToken;
  private boolean tls;
  private final JsonObject proxyHeaders = new JsonObject();
  private volatile MockPaymentsClient client;

  /** The image this project builds, {@code mock-payments-server}, at the version of this module. */
  public MockPaymentsContainer() {
    this(DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG));
  }

  /** The given image, such as {@code mock-payments-server:0.1.0}. */
  public MockPaymentsContainer(String image) {
    this(DockerImageName.parse(image));
  }

  /**
   * The given image, which must be {@code mock-payments-server} or declared a compatible
   * substitute.
   */
  public MockPaymentsContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DEFAULT_IMAGE_NAME);
    withExposedPorts(WEBSOCKET_PORT, CONTROL_PORT);
    withImagePullPolicy(new ImageAvailability());
    waitingFor(new HealthCheck(CONTROL_PORT, () -> controlToken));
  }

  /** Loads {@code stub} at start; it survives {@link #reset()}. */
  public MockPaymentsContainer withStub(Stub stub) {
    stubs.add(stub.toJson());
    return self();
  }

  /**
   * Loads a stub written as the control API's JSON at start; it survives {@link #reset()}.
   *
   * @throws IllegalArgumentException if {@code json} is not a JSON object
   */
  public MockPaymentsContainer withStubJson(String json) {
    stubs.add(json);
    return self();
  }

  /**
   * Loads the stubs of a JSON file on the host (an array of stub definitions, as the control API
   * takes them) at start; they survive {@link #reset()}.
   *
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it does not hold a JSON array
   */
  public MockPaymentsContainer withStubsFile(Path file) {
    stubs.addFile(file);
    return self();
  }

  /**
   * Loads the stubs of a JSON resource on the test classpath, such as {@code
   * "stubs/payments.json"}, at start; they survive {@link #reset()}.
   *
   * @throws IllegalArgumentException if there is no such resource or it does not hold a JSON array
   */
  public MockPaymentsContainer withStubsFromClasspath(String resource) {
    stubs.addResource(resource);
    return self();
  }

  /**
   * Plays the AsyncAPI document {@code file} (YAML or JSON, 3.0 or 2.0 to 2.6) as the application
   * it describes, from start and after every {@link #reset()}: its replies become stubs, ranked
   * after the test's own, and every frame is checked against it ({@link #contractViolations()}).
   * The file's directory is copied into the container with it, for {@code $ref}s to files beside
   * it, so keep the document in a directory of its own. A document the mock cannot play fails the
   * start with a sentence naming the problem and where it is.
   */
  public MockPaymentsContainer withAsyncApi(Path file) {
    return withAsyncApi(file, AsyncApiPerspective.SERVER);
  }

  /** As {@link #withAsyncApi(Path)}, playing the side {@code perspective} names. */
  public MockPaymentsContainer withAsyncApi(Path file, AsyncApiPerspective perspective) {
    Path absolute = file.toAbsolutePath();
    if (!Files.isRegularFile(absolute)) {
      throw new IllegalArgumentException("There is no AsyncAPI file " + absolute + ".");
    }
    // Readable by the server's user whatever the host's modes (a JUnit @TempDir is owner-only).
    withCopyFileToContainer(
        MountableFile.forHostPath(absolute.getParent(), READABLE_BY_ALL), ASYNCAPI_DIRECTORY);
    withEnv("MOCK_ASYNCAPI_FILE", ASYNCAPI_DIRECTORY + "/" + absolute.getFileName());
    return withEnv("MOCK_ASYNCAPI_PERSPECTIVE", perspective.wireName());
  }

  /**
   * As {@link #withAsyncApi(Path)}, for a document on the test classpath, such as {@code
   * "asyncapi/payments.yaml"}.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public MockPaymentsContainer withAsyncApiFromClasspath(String resource) {
    return withAsyncApiFromClasspath(resource, AsyncApiPerspective.SERVER);
  }

  /** As {@link #withAsyncApiFromClasspath(String)}, playing the side {@code perspective} names. */
  public MockPaymentsContainer withAsyncApiFromClasspath(
      String resource, AsyncApiPerspective perspective) {
    return withAsyncApi(ClasspathFiles.path(resource), perspective);
  }

  /**
   * The largest WebSocket message the server accepts (default 16 MiB); bigger ones close with 1009.
   */
  public MockPaymentsContainer withMaxMessageBytes(long bytes) {
    return withEnv("MOCK_MAX_MESSAGE_BYTES", Long.toString(bytes));
  }

  /** The largest control API request body the server accepts (default 16 MiB). */
  public MockPaymentsContainer withMaxBodyBytes(long bytes) {
    return withEnv("MOCK_MAX_BODY_BYTES", Long.toString(bytes));
  }

  /**
   * Protects the control API with a bearer token, as on a shared CI host: requests without {@code
   * Authorization: Bearer <token>} get 401. This container's client and health check send it; the
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

  /**
   * Forwards every connection to the real server {@code target} ({@code ws://} or {@code wss://},
   * no path), such as a sandbox, or another container on the same network by its alias ({@code
   * ws://payments-sandbox:8080}). Stubs still answer first; {@link #recording()} turns what the
   * target answered into stubs.
   */
  public MockPaymentsContainer withProxyTarget(URI target) {
    return withEnv("MOCK_PROXY_TARGET", target.toString());
  }

  /**
   * Adds header {@code name} to every upgrade forwarded to the proxy target, such as the sandbox's
   * Authorization; it is never written into a recording.
   */
  public MockPaymentsContainer withProxyHeader(String name, String value) {
    proxyHeaders.addProperty(name, value);
    return self();
  }

  @Override
  protected void configure() {
    if (proxyHeaders.size() > 0) {
      withEnv("MOCK_PROXY_HEADERS", proxyHeaders.toString());
    }
    if (tls) {
      List<String> names = new ArrayList<>(getNetworkAliases());
      names.add(getHost());
      withEnv("MOCK_TLS", "true");
      withEnv("MOCK_TLS_HOSTNAMES", String.join(",", names));
    }
    if (controlToken != null) {
      withEnv("MOCK_CONTROL_TOKEN", controlToken);
    }
    if (!stubs.isEmpty()) {
      withCopyToContainer(Transferable.of(stubs.toFile()), STUBS_PATH);
      withEnv("MOCK_STUBS_FILE", STUBS_PATH);
    }
  }

  @Override
  protected void containerIsStarted(InspectContainerResponse containerInfo) {
    client = new MockPaymentsClient(getControlUrl(), controlToken);
  }

  @Override
  protected void containerIsStopping(InspectContainerResponse containerInfo) {
    client = null;
  }

  /**
   * The typed control client of this container's server.
   *
   * @throws IllegalStateException when the container is not running
   */
  @Override
  public MockPaymentsClient client() {
    MockPaymentsClient started = client;
    if (started == null) {
      throw new IllegalStateException(
          "The MockPaymentsContainer is not running: start() it, or declare it with @Container");
    }
    return started;
  }

  /**
   * {@code ws://host:port} ({@code wss://} with {@link #withTls()}), where clients outside Docker
   * reach the server.
   */
  public URI getWebSocketUrl() {
    return URI.create(scheme() + getHost() + ":" + getMappedPort(WEBSOCKET_PORT));
  }

  /** {@code ws://host:port/path}; {@code path} may carry a query, such as {@code /ws?order=42}. */
  public URI getWebSocketUrl(String path) {
    return URI.create(getWebSocketUrl() + (path.startsWith("/") ? path : "/" + path));
  }

  /**
   * The WebSocket URL for a client that runs in another container on the same Docker network:
   * {@code ws://<network alias>:8080/path}, with the last alias given to {@code
   * withNetworkAliases}, or the one Testcontainers generates when none was given.
   *
   * @throws IllegalStateException if the container has no network ({@code withNetwork})
   */
  public URI getInternalWebSocketUrl(String path) {
    List<String> aliases = getNetworkAliases();
    if (getNetwork() == null || aliases.isEmpty()) {
      throw new IllegalStateException(
          "getInternalWebSocketUrl needs a shared network: call withNetwork(network) (and"
              + " optionally withNetworkAliases)");
    }
    return URI.create(
        scheme()
            + aliases.get(aliases.size() - 1)
            + ":"
            + WEBSOCKET_PORT
            + (path.startsWith("/") ? path : "/" + path));
  }

  /** The control API's base URL, {@code http://host:port}. */
  public URI getControlUrl() {
    return URI.create("http://" + getHost() + ":" + getMappedPort(CONTROL_PORT));
  }

  /**
   * A trust store holding the certificate the server generated, for clients configured with one.
   *
   * @throws org.mockpayments.client.MockPaymentsException if the container was not started {@link
   *     #withTls()}
   */
  public KeyStore getTrustStore() {
    return client().tlsTrustStore();
  }

  /**
   * An SSL context that trusts the server's certificate (and nothing else), ready for {@code
   * HttpClient.newBuilder().sslContext(..)} or Jetty's {@code SslContextFactory.Client}.
   *
   * @throws org.mockpayments.client.MockPaymentsException if the container was not started {@link
   *     #withTls()}
   */
  public SSLContext getSslContext() {
    return client().tlsSslContext();
  }

  private String scheme() {
    return tls ? "wss://" : "ws://";
  }
}
