package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.client.MockPaymentsTransportException;
import org.mockpayments.client.transport.ControlAnswer;
import org.mockpayments.client.transport.ControlRequest;
import org.mockpayments.client.transport.ControlTransport;
import org.mockpayments.server.internal.ServerAssembly;
import org.mockpayments.server.internal.control.MemoryTransport;
import org.mockpayments.testsupport.ControlContractExtension;
import org.mockpayments.testsupport.TestSocket;

/**
 * The embedded server's in-memory transport answers byte for byte as HTTP does: the same request,
 * sent both ways to the same server, gets the same status, content type and body, for reads,
 * awaits, refusals of every kind and the page's files. (The typed client's own tests run over both
 * transports too: {@code TypedClientInProcessTest}.)
 */
@Timeout(30)
class ControlTransportsTest {
  private static final String TOKEN = "s3cret";
  private Server jetty;

  @AfterEach
  void stop() throws Exception {
    if (jetty != null) {
      jetty.stop();
    }
  }

  @Test
  void everyKindOfAnswerIsTheSameInMemoryAndOverHttp() throws Exception {
    ServerAssembly.Assembled server = start(ServerSettings.builder().maxBodyBytes(4096).build());
    ControlTransport memory = new MemoryTransport(server.router(), null, jetty::isRunning);
    URI control = controlUrl();
    ControlHttp http = new ControlHttp(control);
    TestSocket client = TestSocket.connect(webSocketUrl("/payments?order=7"));
    client.send("{\"initiate_payment\":true,\"amount\":12.5}");
    http.post("/frames/await", "{\"match\":{\"contains\":\"initiate\"},\"timeoutMs\":5000}");
    http.post("/stubs", "{\"on\":\"message\",\"match\":{\"equalTo\":\"ping\"},\"reply\":\"pong\"}");

    List<String[]> requests =
        List.of(
            new String[] {"GET", "/health", null},
            new String[] {"GET", "/connections", null},
            new String[] {"GET", "/connections/c1", null},
            new String[] {"GET", "/connections/await?count=1&since=0&timeoutMs=1000", null},
            new String[] {"GET", "/frames?connection=c1&direction=in", null},
            new String[] {"POST", "/frames/await", "{\"match\":{\"contains\":\"amount\"}}"},
            new String[] {"GET", "/stubs", null},
            new String[] {"GET", "/transcript", null},
            new String[] {"GET", "/recording", null},
            new String[] {"GET", "/clients?by=query&name=order", null},
            new String[] {"GET", "/openapi.json", null},
            new String[] {"GET", "/", null},
            new String[] {"GET", "/ui/app.js", null},
            // Refusals: unknown connection, route, method and query; bad values, JSON and
            // matches; an await that runs out; a body over the limit.
            new String[] {"GET", "/connections/c42", null},
            new String[] {"GET", "/no/such/route", null},
            new String[] {"DELETE", "/frames", null},
            new String[] {"GET", "/frames?bogus=1", null},
            new String[] {"GET", "/frames?since=soon", null},
            new String[] {"GET", "/frames?direction=sideways", null},
            new String[] {"POST", "/stubs", "{\"on\":"},
            new String[] {"POST", "/stubs", "{\"on\":\"message\",\"match\":{\"any\":true}}"},
            new String[] {"POST", "/frames/await", "{\"match\":{\"regex\":\"(unclosed\"}}"},
            new String[] {
              "POST", "/frames/await", "{\"match\":{\"contains\":\"refund\"},\"timeoutMs\":50}"
            },
            new String[] {
              "POST", "/connections/c1/send", "{\"text\":\"" + "x".repeat(5000) + "\"}"
            });
    for (String[] request : requests) {
      ControlAnswer overMemory = ask(memory, control, request[0], request[1], request[2]);
      ControlHttp.Answer overHttp =
          http.method(request[0], request[1], request[2] == null ? "" : request[2]);
      assertThat(overMemory)
          .as("%s %s", request[0], request[1])
          .isEqualTo(new ControlAnswer(overHttp.status(), overHttp.contentType(), overHttp.body()));
    }
  }

  @Test
  void aTokenIsCheckedTheSameWay() throws Exception {
    ServerAssembly.Assembled server = start(ServerSettings.builder().controlToken(TOKEN).build());
    URI control = controlUrl();
    ControlAnswer withoutToken =
        ask(
            new MemoryTransport(server.router(), null, jetty::isRunning),
            control,
            "GET",
            "/stubs",
            null);
    ControlHttp.Answer overHttp = new ControlHttp(control).get("/stubs");
    assertThat(withoutToken)
        .isEqualTo(new ControlAnswer(overHttp.status(), overHttp.contentType(), overHttp.body()));
    assertThat(withoutToken.status()).isEqualTo(401);
    assertThat(
            ask(
                    new MemoryTransport(server.router(), TOKEN, jetty::isRunning),
                    control,
                    "GET",
                    "/stubs",
                    null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void theClientItHandsOutCallsInMemoryUnlessHttpIsAskedFor() {
    String before = System.getProperty(MockPaymentsServer.CONTROL_TRANSPORT_PROPERTY);
    try (MockPaymentsServer payments = MockPaymentsServer.start()) {
      assertThat(payments.client())
          .hasToString("MockPaymentsClient[" + payments.getControlUrl() + "/ in memory]");
      System.setProperty(MockPaymentsServer.CONTROL_TRANSPORT_PROPERTY, "http");
      try (MockPaymentsServer overHttp = MockPaymentsServer.start()) {
        assertThat(overHttp.client())
            .hasToString("MockPaymentsClient[" + overHttp.getControlUrl() + "/ over HTTP]");
        assertThat(overHttp.stubs()).isEmpty();
      }
      System.setProperty(MockPaymentsServer.CONTROL_TRANSPORT_PROPERTY, "carrier-pigeon");
      try (MockPaymentsServer misconfigured = MockPaymentsServer.start()) {
        assertThatIllegalState(misconfigured);
      }
    } finally {
      if (before == null) {
        System.clearProperty(MockPaymentsServer.CONTROL_TRANSPORT_PROPERTY);
      } else {
        System.setProperty(MockPaymentsServer.CONTROL_TRANSPORT_PROPERTY, before);
      }
    }
  }

  @Test
  void answersInMemoryAreCheckedAgainstTheOpenApiDocumentToo() {
    try (MockPaymentsServer payments = MockPaymentsServer.start()) {
      long before = ControlContractExtension.checkedAnswers();
      payments.stubs();
      payments.rejectedHandshakes();
      assertThat(ControlContractExtension.checkedAnswers() - before).isEqualTo(2);
    }
  }

  @Test
  void aStoppedServerIsUnreachableInMemoryToo() {
    MockPaymentsServer payments = MockPaymentsServer.start();
    MockPaymentsClient client = payments.client();
    payments.stop();
    assertThatThrownBy(client::stubs)
        .isInstanceOf(MockPaymentsTransportException.class)
        .hasMessageContaining("the embedded server is not running");
  }

  private static void assertThatIllegalState(MockPaymentsServer server) {
    assertThatThrownBy(server::client)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The system property mockpayments.control.transport is 'carrier-pigeon'; it takes"
                + " 'memory' (the default) or 'http'.");
  }

  private ServerAssembly.Assembled start(ServerSettings settings) throws Exception {
    ServerAssembly.Assembled server =
        ServerAssembly.build(settings, new PrintStream(OutputStream.nullOutputStream()));
    jetty = server.jetty();
    jetty.start();
    return server;
  }

  private URI controlUrl() {
    return URI.create(
        "http://localhost:" + ((NetworkConnector) jetty.getConnectors()[1]).getLocalPort());
  }

  private URI webSocketUrl(String path) {
    return URI.create(
        "ws://localhost:" + ((NetworkConnector) jetty.getConnectors()[0]).getLocalPort() + path);
  }

  private static ControlAnswer ask(
      ControlTransport transport, URI control, String method, String path, String body)
      throws Exception {
    return transport.exchange(
        new ControlRequest(
            method,
            control.resolve(path),
            body == null ? null : "application/json",
            body,
            Duration.ofSeconds(5)));
  }
}
