package org.mockpayments.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.client.Stub;
import org.mockpayments.server.handler.MessageHandler;
import org.mockpayments.server.internal.ReadyLine;
import org.mockpayments.server.internal.ServerAssembly;
import org.mockpayments.server.internal.console.BatchedOutput;
import org.mockpayments.server.internal.control.ControlRouter;
import org.mockpayments.server.internal.control.MemoryTransport;
import org.mockpayments.server.internal.handler.JavaHandlers;
import org.mockpayments.server.internal.json.ApiException;

/**
 * The mock Payments server: accepts WebSocket connections on any path of one port and is driven
 * through a JSON control API on another. The image runs {@link #main}; a test can run the very same
 * server inside its own JVM, on free ports, in a fraction of a container's start time:
 *
 * <pre>{@code
 * try (MockPaymentsServer payments = MockPaymentsServer.start()) {
 *   client.connect(payments.getWebSocketUrl("/payments"));
 *   MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
 *   conn.sendJson("{\"state\":\"FULFILL\"}");
 * }
 * }</pre>
 *
 * <p>It is a {@link MockPayments}, like the container, so test code written against that interface
 * runs unchanged in-process or in a container. For JUnit 5, {@link MockPaymentsServerExtension}
 * starts and stops it around a test class or each test.
 *
 * <p>It logs nothing of its own unless given a {@link PrintStream}; Jetty logs through SLF4J to
 * whatever backend the application has (this library brings none).
 *
 * <p>Thread safety: all methods may be called from any thread.
 */
public final class MockPaymentsServer implements MockPayments, AutoCloseable {
  /**
   * The system property that chooses how {@link #client()} reaches this server: {@code memory} (the
   * default) hands each request to the control API's router in the calling thread, with the same
   * routes, checks, answers and errors as HTTP but no socket; {@code http} sends it over HTTP to
   * {@link #getControlUrl()}, for tests that want the wire, such as {@code
   * -Dmockpayments.control.transport=http}.
   */
  public static final String CONTROL_TRANSPORT_PROPERTY = "mockpayments.control.transport";

  private final Server jetty;
  private final JavaHandlers handlers;
  private final ControlRouter router;
  private final String scheme;
  private final String controlToken;

  /** Made on first use: the image, which never uses it, runs without the JDK's HTTP client. */
  private volatile MockPaymentsClient client;

  private MockPaymentsServer(ServerAssembly.Assembled assembled, ServerSettings settings) {
    this.jetty = assembled.jetty();
    this.handlers = assembled.handlers();
    this.router = assembled.router();
    this.scheme = settings.tls().enabled() ? "wss://" : "ws://";
    this.controlToken = settings.controlToken();
  }

  /** Starts a server on free ports, with no stubs and no log of its own. */
  public static MockPaymentsServer start() {
    return start(ServerSettings.ephemeral());
  }

  /**
   * Starts a server with {@code settings} and no log of its own.
   *
   * @throws IllegalArgumentException if the settings' stubs are missing or invalid
   * @throws IllegalStateException if a port cannot be bound
   */
  public static MockPaymentsServer start(ServerSettings settings) {
    return startLogging(settings, null);
  }

  /**
   * Starts a server with {@code settings}; it logs connections and frames to {@code log}, one line
   * each, as the image does on its standard output.
   *
   * @throws IllegalArgumentException if the settings' stubs are missing or invalid
   * @throws IllegalStateException if a port cannot be bound
   */
  public static MockPaymentsServer start(ServerSettings settings, PrintStream log) {
    return startLogging(settings, log);
  }

  /** Starts a server that logs to {@code log}, or with no log at all when it is null. */
  private static MockPaymentsServer startLogging(ServerSettings settings, PrintStream log) {
    ServerAssembly.Assembled assembled = ServerAssembly.build(settings, log);
    Server jetty = assembled.jetty();
    try {
      jetty.start();
    } catch (Exception e) {
      try {
        jetty.stop();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IllegalStateException("The mock server could not start: " + e.getMessage(), e);
    }
    return new MockPaymentsServer(assembled, settings);
  }

  /**
   * The typed control client of this server. It calls the server in memory, or over HTTP when the
   * system property {@value #CONTROL_TRANSPORT_PROPERTY} is {@code http}; its answers are the same
   * either way.
   *
   * @throws IllegalStateException if that property has another value than {@code memory} or {@code
   *     http}
   */
  @Override
  public MockPaymentsClient client() {
    MockPaymentsClient made = client;
    if (made == null) {
      synchronized (this) {
        if (client == null) {
          client = makeClient();
        }
        made = client;
      }
    }
    return made;
  }

  private MockPaymentsClient makeClient() {
    String transport = System.getProperty(CONTROL_TRANSPORT_PROPERTY, "memory");
    return switch (transport) {
      case "memory" ->
          MockPaymentsClient.over(
              getControlUrl(), new MemoryTransport(router, controlToken, jetty::isRunning));
      case "http" -> new MockPaymentsClient(getControlUrl(), controlToken);
      default ->
          throw new IllegalStateException(
              "The system property "
                  + CONTROL_TRANSPORT_PROPERTY
                  + " is '"
                  + transport
                  + "'; it takes 'memory' (the default) or 'http'.");
    };
  }

  /**
   * Answers the messages {@code match} fits with {@code handler}, the test's own code: see {@link
   * MessageHandler}. It ranks with the stubs (priority 5, after those added before it), is listed
   * in {@code GET /stubs} with a {@code handler} naming its class, and is removed on reset or with
   * {@link #removeStub(String)}. Only an in-process server runs Java handlers; the container
   * cannot.
   *
   * @return the id of the stub it is, such as {@code s3}
   * @throws IllegalArgumentException if the match is not valid
   */
  public String onMessage(Match match, MessageHandler handler) {
    try {
      JsonElement stub = JsonParser.parseString(Stub.onMessage(match).toJson());
      return handlers.add(stub.getAsJsonObject().get("match"), handler);
    } catch (ApiException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * What the Java handlers threw since the last reset, one line each, oldest first, such as {@code
   * #12 c1: the Java handler of stub s3 failed answering #11: java.lang.IllegalStateException: no
   * order}. {@link MockPaymentsServerExtension} fails a test with them.
   */
  public List<String> handlerFailures() {
    return handlers.failures();
  }

  /** The port WebSocket clients connect to. */
  public int webSocketPort() {
    return port(0);
  }

  /** The port of the control API. */
  public int controlPort() {
    return port(1);
  }

  /** {@code ws://localhost:port} ({@code wss://} with TLS). */
  public URI getWebSocketUrl() {
    return URI.create(scheme + "localhost:" + webSocketPort());
  }

  /**
   * {@code ws://localhost:port/path}; {@code path} may carry a query, such as {@code /ws?order=42}.
   */
  public URI getWebSocketUrl(String path) {
    return URI.create(getWebSocketUrl() + (path.startsWith("/") ? path : "/" + path));
  }

  /** The control API's base URL, {@code http://localhost:port}. */
  public URI getControlUrl() {
    return URI.create("http://localhost:" + controlPort());
  }

  /** Stops the server: every open connection gets a 1001 close first. */
  public void stop() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The mock server did not stop cleanly", e);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private int port(int connector) {
    return ((NetworkConnector) jetty.getConnectors()[connector]).getLocalPort();
  }

  /** {@code MockPaymentsServer[ws://localhost:41234, control http://localhost:41235]}. */
  @Override
  public String toString() {
    return "MockPaymentsServer[" + getWebSocketUrl() + ", control " + getControlUrl() + "]";
  }

  /** Starts the server with settings from the environment and runs until the JVM is stopped. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = BatchedOutput.installAsStandardOutput();
    ServerSettings settings;
    MockPaymentsServer server;
    try {
      settings = ServerSettings.fromEnvironment(System.getenv());
      server = start(settings, out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.flush();
      System.err.println("mock-payments-server: " + e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  out.flush();
                  // A stop asked for by SIGTERM (docker stop) is the normal end of the server: exit
                  // 0, not 143.
                  Runtime.getRuntime().halt(0);
                },
                "mock-payments-shutdown"));
    out.println(ReadyLine.of(settings, server.webSocketPort(), server.controlPort()));
    server.jetty.join();
  }
}
