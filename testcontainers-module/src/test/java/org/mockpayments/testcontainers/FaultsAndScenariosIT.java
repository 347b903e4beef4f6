package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.ClientHistory;
import org.mockpayments.client.ClientIdentity;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPaymentsException;
import org.mockpayments.client.Rejection;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The fault, scenario and reconnect features through the typed client and the real image. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
class FaultsAndScenariosIT {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Container static MockPaymentsContainer payments = new MockPaymentsContainer();

  @BeforeEach
  void freshState() {
    payments.resetAndCloseConnections();
  }

  @Test
  void rejectedHandshakesAreRefusedAndRecorded() {
    String rule =
        payments.rejectHandshakes(
            Rejection.status(401).onPath("/payments").withBody("token expired").times(1));
    assertThat(rule).isEqualTo("h1");
    assertThatThrownBy(() -> TestSocket.connect(payments.getWebSocketUrl("/payments?order=1")))
        .isInstanceOf(CompletionException.class);
    TestSocket.connect(payments.getWebSocketUrl("/payments?order=1"));
    payments.awaitConnection(WAIT);

    assertThat(payments.rejectedHandshakes())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.status()).isEqualTo(401);
              assertThat(attempt.query()).isEqualTo("order=1");
            });
  }

  @Test
  void connectionFaults() {
    TestSocket noStatus = TestSocket.connect(payments.getWebSocketUrl("/a"));
    payments.awaitConnection(WAIT).closeWithoutStatus();
    assertThat(noStatus.awaitClosed().code()).isEqualTo(1005);

    TestSocket reset = TestSocket.connect(payments.getWebSocketUrl("/b"));
    payments.awaitConnection(WAIT).resetTcp();
    assertThat(reset.awaitClosed().code()).isEqualTo(1006);

    TestSocket frozen = TestSocket.connect(payments.getWebSocketUrl("/c"));
    MockConnection conn = payments.awaitConnection(WAIT);
    conn.freeze();
    frozen.send("while frozen");
    payments.assertNoFrame(Match.equalTo("while frozen"), Duration.ofMillis(300));
    conn.release();
    assertThat(conn.awaitFrame(Match.equalTo("while frozen"), WAIT).text())
        .isEqualTo("while frozen");

    conn.simulateLatency(Duration.ofMillis(120));
    long start = System.nanoTime();
    conn.sendText("slow");
    assertThat(frozen.nextText()).isEqualTo("slow");
    // A lower bound on a delay the mock adds: load can only lengthen it, so it cannot fail a slow
    // run.
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(120);
  }

  @Test
  void pingRoundTripIsRecorded() {
    TestSocket.connect(payments.getWebSocketUrl("/p"));
    MockConnection conn = payments.awaitConnection(WAIT);
    conn.ignorePings();
    conn.ping();
    long deadline = System.nanoTime() + WAIT.toNanos();
    Frame pong = null;
    while (pong == null && System.nanoTime() < deadline) {
      pong =
          payments.frames().stream()
              .filter(f -> f.type() == Frame.Type.PONG)
              .findFirst()
              .orElse(null);
    }
    assertThat(pong).isNotNull();
    assertThat(pong.rttMs()).isNotNull().isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void scenarioStatesAndTemplates() {
    payments.addStub(
        Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
            .whenState("started")
            .thenState("awaiting_method")
            .reply(Reply.json("{\"payment_methods\":[\"card\"]}")));
    payments.addStub(
        Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":\"card\"}"))
            .whenState("awaiting_method")
            .thenState("awaiting_payment")
            .reply(Reply.json("{\"payment_url\":\"https://pay.test/{{json.order_id}}\"}")));
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
    client.send("{\"initiate_payment\":\"card\",\"order_id\":\"early\"}");
    client.send("{\"initiate_payment\":true,\"order_id\":\"o-9\"}");
    assertThat(client.nextText())
        .as("the chosen method before initiate fits no state")
        .contains("payment_methods");
    client.send("{\"initiate_payment\":\"card\",\"order_id\":\"o-9\"}");
    assertThat(client.nextText()).isEqualTo("{\"payment_url\":\"https://pay.test/o-9\"}");
    assertThat(payments.latest().info().scenarioState()).isEqualTo("awaiting_payment");
  }

  @Test
  void reconnectsOfOneClientAreCountedWithTheirIntervals() {
    for (int i = 0; i < 3; i++) {
      TestSocket.connect(payments.getWebSocketUrl("/payments?order=o-7"));
      payments.awaitConnection(WAIT).drop();
    }
    ClientHistory history = payments.clientHistory(ClientIdentity.query("order"), "o-7");
    assertThat(history.connections()).isEqualTo(3);
    assertThat(history.intervals()).hasSize(2);
    assertThat(payments.transcript()).contains("\"kind\":\"open\"").contains("\"kind\":\"closed\"");
    assertThatThrownBy(() -> payments.clientHistory(ClientIdentity.query("order"), "o-8"))
        .isInstanceOf(MockPaymentsException.class)
        .hasMessageContaining("clients seen: [o-7]")
        .satisfies(
            e ->
                assertThat(((MockPaymentsException) e).status())
                    .as("not found is a 404")
                    .isEqualTo(404));
  }
}
