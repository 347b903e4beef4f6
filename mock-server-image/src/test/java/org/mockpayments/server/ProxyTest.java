package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.ConnectionInfo;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.ProxyTarget;
import org.mockpayments.client.Rejection;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;

/**
 * The mock in front of a real server: an upstream of our own (a second server, scripted like the
 * Payments service) behind a proxying mock, with a real client in front.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxyTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final ByteArrayOutputStream proxyLog = new ByteArrayOutputStream();
  private MockPaymentsServer upstream;
  private MockPaymentsServer proxy;

  private MockPaymentsServer upstream(ServerSettings.Builder settings) {
    upstream =
        MockPaymentsServer.start(
            settings
                .stub(Stub.onConnect().reply(Reply.text("hello from upstream")))
                .stub(
                    Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
                        .reply(
                            Reply.json(
                                "{\"payment_url\":\"https://pay.test/{{json.order_id}}\","
                                    + "\"auth\":\"{{header.Authorization}}\"}")))
                .stub(Stub.onUpgrade("v2").onPath("/v"))
                .build(),
            new PrintStream(OutputStream.nullOutputStream()));
    return upstream;
  }

  private MockPaymentsServer proxyTo(ProxySettings settings) {
    proxy =
        MockPaymentsServer.start(
            ServerSettings.builder().proxy(settings).build(),
            new PrintStream(proxyLog, true, StandardCharsets.UTF_8));
    return proxy;
  }

  private MockPaymentsServer proxyToUpstream() {
    upstream(ServerSettings.builder());
    return proxyTo(
        ProxySettings.to(upstream.getWebSocketUrl())
            .withHeader("Authorization", "Bearer sandbox-secret-42"));
  }

  @AfterEach
  void stop() {
    for (MockPaymentsServer server : new MockPaymentsServer[] {proxy, upstream}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void framesPathQueryHeadersAndSubprotocolGoThroughAndAreJournaledOnBothSides() {
    proxyToUpstream();
    TestSocket client =
        TestSocket.connect(
            proxy.getWebSocketUrl("/v?order=o-1"), List.of("v1", "v2"), "X-Client", "orders");
    assertThat(client.socket().getSubprotocol()).as("the target's choice").isEqualTo("v2");
    assertThat(client.nextText()).isEqualTo("hello from upstream");
    client.send("{\"initiate_payment\":true,\"order_id\":\"o-1\"}");
    assertThat(client.nextText())
        .isEqualTo(
            "{\"payment_url\":\"https://pay.test/o-1\",\"auth\":\"Bearer sandbox-secret-42\"}");

    ConnectionInfo atUpstream = upstream.awaitConnection(WAIT).info();
    assertThat(atUpstream.path()).isEqualTo("/v");
    assertThat(atUpstream.query()).isEqualTo("order=o-1");
    assertThat(atUpstream.header("X-Client")).isEqualTo("orders");
    ConnectionInfo atProxy = proxy.latest().info();
    assertThat(atProxy.proxiedTo()).isEqualTo(upstream.getWebSocketUrl().toString());
    assertThat(atProxy.subprotocol()).isEqualTo("v2");
    proxy.latest().awaitFrame(Match.jsonSubset("{\"order_id\":\"o-1\"}"), WAIT);
    assertThat(proxy.transcript()).contains("hello from upstream").contains("pay.test/o-1");
  }

  @Test
  void aStubAnswersInsteadOfTheTargetAndAPushIsInjected() {
    proxyToUpstream();
    proxy.addStub(Stub.onMessage(Match.equalTo("status?")).reply(Reply.text("mocked status")));
    TestSocket client = TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    assertThat(client.nextText()).isEqualTo("hello from upstream");
    client.send("status?");
    assertThat(client.nextText()).isEqualTo("mocked status");
    proxy.latest().sendText("{\"state\":\"FULFILL\"}");
    assertThat(client.nextText()).isEqualTo("{\"state\":\"FULFILL\"}");
    client.send("{\"initiate_payment\":true,\"order_id\":\"o-2\"}");
    assertThat(client.nextText()).contains("pay.test/o-2");

    MockConnection atUpstream = upstream.awaitConnection(WAIT);
    atUpstream.awaitFrame(Match.jsonSubset("{\"order_id\":\"o-2\"}"), WAIT);
    assertThat(atUpstream.receivedFrames())
        .as("the stubbed frame never reached the target")
        .extracting(frame -> frame.text())
        .doesNotContain("status?");
  }

  @Test
  void closesGoThroughBothWaysAndADropEndsTheTargetsSideToo() {
    proxyToUpstream();
    TestSocket first = TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    first.nextText();
    upstream.awaitConnection(WAIT).close(4001, "payment declined");
    TestSocket.Event closed = first.awaitClosed();
    assertThat(closed.code()).isEqualTo(4001);
    assertThat(closed.text()).isEqualTo("payment declined");

    TestSocket second = TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    second.nextText();
    second.close(4002, "order cancelled");
    assertThat(upstream.awaitConnection(WAIT).awaitClosed(WAIT).code()).isEqualTo(4002);

    TestSocket third = TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    third.nextText();
    proxy.awaitConnections(3, WAIT).get(2).drop();
    assertThat(third.awaitClosed().code()).isEqualTo(1006);
    assertThat(upstream.awaitConnection(WAIT).awaitClosed(WAIT))
        .as("the target's side of a dropped connection ends too")
        .isNotNull();
  }

  @Test
  void aTargetsRefusalReachesTheClientWithItsStatus() {
    proxyToUpstream();
    upstream.rejectHandshakes(Rejection.status(401).withBody("token expired"));
    assertThat(refusedStatus(proxy.getWebSocketUrl("/payments"))).isEqualTo(401);
    assertThat(proxy.rejectedHandshakes())
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(401));
  }

  @Test
  void anUnreachableTargetIsA502ThatSaysWhy() {
    proxyTo(ProxySettings.to(URI.create("ws://127.0.0.1:1")));
    assertThat(refusedStatus(proxy.getWebSocketUrl("/payments"))).isEqualTo(502);
    assertThat(proxy.rejectedHandshakes())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rule()).isEqualTo("p0");
              assertThat(r.reason())
                  .as("the attempt says why, as the 502's body does")
                  .contains(
                      "The proxy target ws://127.0.0.1:1/payments failed: it cannot be reached");
            });
    assertThat(proxyLog.toString(StandardCharsets.UTF_8))
        .contains("The proxy target ws://127.0.0.1:1/payments failed: it cannot be reached");
  }

  @Test
  void aWssTargetIsReachedWhenItsCertificateIsTrusted() {
    upstream(ServerSettings.builder().tls(TlsSettings.selfSigned(List.of())));
    URI target = URI.create("wss://localhost:" + upstream.webSocketPort());
    proxyTo(ProxySettings.to(target));
    assertThat(refusedStatus(proxy.getWebSocketUrl("/payments")))
        .as("a self-signed certificate is not trusted by default")
        .isEqualTo(502);
    assertThat(proxyLog.toString(StandardCharsets.UTF_8)).contains("its TLS handshake failed");
    proxy.close();

    proxyTo(ProxySettings.to(target).trustingAnyCertificate());
    TestSocket client = TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    assertThat(client.nextText()).isEqualTo("hello from upstream");
  }

  @Test
  void targetsAddedAtRunTimeServeTheirPathUntilRemovedOrReset() {
    upstream(ServerSettings.builder());
    proxyTo(ProxySettings.OFF);
    proxy.addStub(Stub.onConnect().reply(Reply.text("mocked")));
    String id =
        proxy.addProxyTarget(ProxyTarget.to(upstream.getWebSocketUrl()).onPath("/payments"));
    assertThat(id).isEqualTo("p1");
    TestSocket proxied = TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    assertThat(List.of(proxied.nextText(), proxied.nextText()))
        .as("a connect stub fires on a proxied connection too, beside the target's greeting")
        .containsExactlyInAnyOrder("mocked", "hello from upstream");
    assertThat(TestSocket.connect(proxy.getWebSocketUrl("/other")).nextText()).isEqualTo("mocked");
    proxy.removeProxyTarget(id);
    assertThat(TestSocket.connect(proxy.getWebSocketUrl("/payments")).nextText())
        .isEqualTo("mocked");

    proxy.addProxyTarget(ProxyTarget.to(upstream.getWebSocketUrl()));
    proxy.reset();
    TestSocket.connect(proxy.getWebSocketUrl("/payments"));
    assertThat(proxy.awaitConnection(WAIT).info().proxiedTo())
        .as("a reset removes the targets added at run time")
        .isNull();
  }

  private static int refusedStatus(URI uri) {
    CompletionException refused =
        catchThrowableOfType(() -> TestSocket.connect(uri), CompletionException.class);
    assertThat(refused.getCause()).isInstanceOf(WebSocketHandshakeException.class);
    return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
  }
}
