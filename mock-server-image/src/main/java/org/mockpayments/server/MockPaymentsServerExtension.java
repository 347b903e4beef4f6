package org.mockpayments.server;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.client.MockPaymentsExtension;
import org.mockpayments.server.handler.MessageHandler;

/**
 * A JUnit 5 extension that runs the mock server inside the test's JVM.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();
 *
 * @Test
 * void fulfilsTheOrder() {
 *   client.connect(payments.getWebSocketUrl("/payments"));
 *   payments.awaitConnection(Duration.ofSeconds(5)).sendJson("{\"state\":\"FULFILL\"}");
 * }
 * }</pre>
 *
 * <ul>
 *   <li>On a {@code static} field: one server for the test class, started before the first test,
 *       reset (closing its connections) before each test and stopped after the last.
 *   <li>On an instance field: a fresh server for each test, stopped after it.
 * </ul>
 *
 * <p>When a test fails, what happened on the mock during it is published to the test report and
 * printed, and a test whose client broke the AsyncAPI document the server plays fails, as {@link
 * MockPaymentsExtension} does; so does a test during which a {@link #onMessage Java handler} threw.
 * It is a {@link MockPayments}, so the test talks to it as it would to the container. A shared
 * server is reset between tests, so the tests of one class must not run concurrently.
 */
public final class MockPaymentsServerExtension
    implements MockPayments,
        BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterTestExecutionCallback {
  private final ServerSettings settings;
  private final MockPaymentsExtension transcripts;
  private volatile MockPaymentsServer server;
  private boolean sharedByTheClass;

  private MockPaymentsServerExtension(ServerSettings settings, boolean failOnContractViolations) {
    this.settings = settings;
    MockPaymentsExtension extension = MockPaymentsExtension.of(this);
    this.transcripts =
        failOnContractViolations ? extension : extension.allowingContractViolations();
  }

  /** A server on free ports with no stubs. */
  public static MockPaymentsServerExtension create() {
    return new MockPaymentsServerExtension(ServerSettings.ephemeral(), true);
  }

  /** A server with these settings (see {@link ServerSettings#builder()}). */
  public static MockPaymentsServerExtension withSettings(ServerSettings settings) {
    return new MockPaymentsServerExtension(settings, true);
  }

  /**
   * The same extension, letting a test pass although its client broke the AsyncAPI document the
   * server plays; by default such a test fails, naming each violation.
   */
  public MockPaymentsServerExtension allowingContractViolations() {
    return new MockPaymentsServerExtension(settings, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sharedByTheClass = true;
    server = MockPaymentsServer.start(settings);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (sharedByTheClass) {
      server.resetAndCloseConnections();
    } else {
      server = MockPaymentsServer.start(settings);
    }
    transcripts.beforeEach(context);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    transcripts.afterTestExecution(context);
    List<String> failures = server().handlerFailures();
    if (context.getExecutionException().isEmpty() && !failures.isEmpty()) {
      throw new AssertionError(
          failures.size()
              + " Java handler failure(s) during this test (MockPaymentsServer.onMessage):\n  "
              + String.join("\n  ", failures));
    }
  }

  /**
   * Answers the messages {@code match} fits with {@code handler}, the test's own code, until the
   * next reset: see {@link MockPaymentsServer#onMessage}. A handler that throws fails the test.
   *
   * @return the id of the stub it is
   */
  public String onMessage(Match match, MessageHandler handler) {
    return server().onMessage(match, handler);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!sharedByTheClass) {
      server.stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  /**
   * The running server.
   *
   * @throws IllegalStateException outside the tests it runs for
   */
  public MockPaymentsServer server() {
    MockPaymentsServer running = server;
    if (running == null) {
      throw new IllegalStateException(
          "The embedded mock server runs only during the tests: register this extension "
              + "with @RegisterExtension and use it from a test or a @BeforeEach method");
    }
    return running;
  }

  /** The running server's control client. */
  @Override
  public MockPaymentsClient client() {
    return server().client();
  }

  /** {@code ws://localhost:port}. */
  public URI getWebSocketUrl() {
    return server().getWebSocketUrl();
  }

  /** {@code ws://localhost:port/path}. */
  public URI getWebSocketUrl(String path) {
    return server().getWebSocketUrl(path);
  }

  /** The control API's base URL. */
  public URI getControlUrl() {
    return server().getControlUrl();
  }
}
