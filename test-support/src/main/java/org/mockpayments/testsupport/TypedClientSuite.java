package org.mockpayments.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockpayments.client.CloseStatus;
import org.mockpayments.client.ConnectionInfo;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsException;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.client.StubInfo;

/**
 * Every method of the typed client, against whatever server and transport a subclass gives: the
 * image over HTTP, or the embedded server in memory and over HTTP. One server per subclass, reset
 * before each test; the same answers must make the same tests pass.
 */
public abstract class TypedClientSuite {
  private static final Duration WAIT = Duration.ofSeconds(5);

  /** The mock under test, through the transport under test. */
  protected abstract MockPayments payments();

  /** Where a WebSocket client reaches {@code path} on that mock. */
  protected abstract URI webSocketUrl(String path);

  @BeforeEach
  void freshState() {
    payments().resetAndCloseConnections();
  }

  @Test
  void awaitConnectionHandsOutEachConnectionOnce() {
    TestSocket.connect(webSocketUrl("/payments?order=1"));
    TestSocket.connect(webSocketUrl("/payments?order=2"));

    MockConnection first = payments().awaitConnection(WAIT);
    MockConnection second = payments().awaitConnection(WAIT);
    assertThat(first.info().query()).isEqualTo("order=1");
    assertThat(second.info().query()).isEqualTo("order=2");
    assertThatThrownBy(() -> payments().awaitConnection(Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Awaited a new WebSocket connection for 200 ms")
        .hasMessageContaining("Already handed out: [c1, c2]");
  }

  @Test
  void awaitConnectionsWaitsForSeveral() {
    CompletableFuture<List<MockConnection>> waiting =
        CompletableFuture.supplyAsync(() -> payments().awaitConnections(3, WAIT));
    for (int i = 0; i < 3; i++) {
      TestSocket.connect(webSocketUrl("/p" + i));
    }
    assertThat(waiting.join()).extracting(MockConnection::id).containsExactly("c1", "c2", "c3");
  }

  @Test
  void connectionInfoTellsTheHandshake() {
    TestSocket.connect(webSocketUrl("/ws/v2?order=42"));
    ConnectionInfo info = payments().awaitConnection(WAIT).info();
    assertThat(info.path()).isEqualTo("/ws/v2");
    assertThat(info.query()).isEqualTo("order=42");
    assertThat(info.open()).isTrue();
    assertThat(info.header("sec-websocket-version")).isEqualTo("13");
    assertThat(payments().connections()).extracting(ConnectionInfo::id).containsExactly("c1");
  }

  @Test
  void sendsTextJsonAndBinaryToOneOrAll() {
    TestSocket one = TestSocket.connect(webSocketUrl("/one"));
    TestSocket two = TestSocket.connect(webSocketUrl("/two"));
    List<MockConnection> connections = payments().awaitConnections(2, WAIT);

    connections.get(0).sendText("hello");
    connections.get(1).sendJson("{ \"state\" : \"FULFILL\" }");
    connections.get(0).sendBinary(new byte[] {1, 2, 3});
    assertThat(one.nextText()).isEqualTo("hello");
    assertThat(two.nextText()).isEqualTo("{\"state\":\"FULFILL\"}");
    assertThat(one.nextBinary()).containsExactly(1, 2, 3);

    assertThat(payments().broadcastJson("{\"all\":true}")).isEqualTo(2);
    assertThat(one.nextText()).isEqualTo("{\"all\":true}");
    assertThat(two.nextText()).isEqualTo("{\"all\":true}");
    assertThat(payments().latest().id()).isEqualTo("c2");
  }

  @Test
  void closeAndAwaitClosed() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    MockConnection conn = payments().awaitConnection(WAIT);
    conn.close(4001, "payment declined");
    assertThat(client.awaitClosed().code()).isEqualTo(4001);
    assertThat(conn.awaitClosed(WAIT)).isEqualTo(new CloseStatus(4001, "payment declined"));
  }

  @Test
  void clientCloseIsSeenByAwaitClosed() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    MockConnection conn = payments().awaitConnection(WAIT);
    client.close(1000, "done");
    assertThat(conn.awaitClosed(WAIT)).isEqualTo(new CloseStatus(1000, "done"));
  }

  @Test
  void dropBreaksTheConnection() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    MockConnection conn = payments().awaitConnection(WAIT);
    conn.drop();
    assertThat(client.awaitClosed().code()).isEqualTo(1006);
    assertThat(conn.awaitClosed(WAIT).code()).isEqualTo(1006);
  }

  @Test
  void awaitClosedOnAnOpenConnectionFailsClearly() {
    TestSocket.connect(webSocketUrl("/payments"));
    MockConnection conn = payments().awaitConnection(WAIT);
    assertThatThrownBy(() -> conn.awaitClosed(Duration.ofMillis(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("c1 was still open after 100 ms");
  }

  @Test
  void pingIsAnsweredByAPongInTheJournal() {
    TestSocket.connect(webSocketUrl("/payments"));
    MockConnection conn = payments().awaitConnection(WAIT);
    conn.ping("hi".getBytes(StandardCharsets.UTF_8));
    Frame pong =
        eventually(
            () ->
                payments().frames().stream().filter(f -> f.type() == Frame.Type.PONG).findFirst());
    assertThat(pong.direction()).isEqualTo(Frame.Direction.IN);
    assertThat(pong.payloadAsText()).isEqualTo("hi");
    assertThat(payments().receivedFrames()).as("pongs are not data frames").isEmpty();
  }

  /** Bounded polling, for the few facts no await covers. */
  private static <T> T eventually(Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("not seen within " + WAIT);
  }

  @Test
  void awaitFrameIsAMailbox() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    payments().awaitConnection(WAIT);
    client.send("{\"n\":1,\"kind\":\"a\"}");
    client.send("{\"n\":2,\"kind\":\"b\"}");
    client.send("{\"n\":3,\"kind\":\"a\"}");

    Match kindA = Match.jsonSubset("{\"kind\":\"a\"}");
    assertThat(payments().awaitFrame(kindA, WAIT).text()).contains("\"n\":1");
    assertThat(payments().awaitFrame(kindA, WAIT).text())
        .as("never the same frame twice")
        .contains("\"n\":3");
    assertThat(payments().awaitFrame(Match.any(), WAIT).text())
        .as("the skipped frame is kept")
        .contains("\"n\":2");
    assertThat(payments().receivedFrames()).hasSize(3);
  }

  @Test
  void awaitFrameTimeoutListsWhatArrived() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    MockConnection conn = payments().awaitConnection(WAIT);
    client.send("{\"initiate_payment\":true}");
    eventually(() -> payments().receivedFrames().stream().findFirst());
    conn.sendText("pushed");

    assertThatThrownBy(
            () -> payments().awaitFrame(Match.contains("credit_card"), Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Awaited a frame from any connection matching {\"contains\":\"credit_card\"} for 300"
                + " ms")
        .hasMessageContaining("Frames since the last reset (2)")
        .hasMessageMatching(
            "(?s).*#\\d+ c1 in text \\{\"initiate_payment\":true}; #\\d+ c1 out text pushed$");
  }

  @Test
  void connectionAwaitOnlySeesItsOwnFrames() {
    TestSocket one = TestSocket.connect(webSocketUrl("/one"));
    TestSocket two = TestSocket.connect(webSocketUrl("/two"));
    List<MockConnection> connections = payments().awaitConnections(2, WAIT);
    one.send("from one");
    two.send("from two");
    assertThat(connections.get(1).awaitFrame(Match.any(), WAIT).text()).isEqualTo("from two");
    assertThat(connections.get(0).awaitFrame(Match.any(), WAIT).text()).isEqualTo("from one");
    assertThat(connections.get(0).receivedFrames())
        .extracting(Frame::text)
        .containsExactly("from one");
  }

  @Test
  void assertNoFramePassesWhenNothingFitsAndFailsWhenSomethingDoes() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    payments().awaitConnection(WAIT);
    client.send("{\"state\":\"ok\"}");
    payments().assertNoFrame(Match.contains("error"), Duration.ofMillis(200));

    client.send("{\"error\":\"boom\"}");
    assertThatThrownBy(
            () -> payments().assertNoFrame(Match.contains("error"), Duration.ofSeconds(2)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected no frame from any connection matching {\"contains\":\"error\"}")
        .hasMessageContaining("{\"error\":\"boom\"}");
  }

  @Test
  void stubsCanBeAddedListedAndRemoved() {
    StubInfo added =
        payments()
            .addStub(Stub.onMessage(Match.equalTo("ping")).reply(Reply.text("pong")).times(2));
    assertThat(added.id()).isEqualTo("s1");
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    client.send("ping");
    assertThat(client.nextText()).isEqualTo("pong");
    assertThat(payments().stubs())
        .singleElement()
        .satisfies(
            stub -> {
              assertThat(stub.fired()).isEqualTo(1);
              assertThat(stub.definition()).contains("\"times\":2");
            });
    payments().removeStub("s1");
    assertThat(payments().stubs()).isEmpty();
  }

  @Test
  void repliesCanCloseDropAndWait() {
    payments()
        .addStub(
            Stub.onMessage(Match.equalTo("cancel"))
                .reply(
                    Reply.text("bye").after(Duration.ofMillis(20)),
                    Reply.close(4002, "cancelled")));
    payments().addStub(Stub.onConnect().onPath("/flaky").reply(Reply.drop()));

    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    client.send("cancel");
    assertThat(client.nextText()).isEqualTo("bye");
    assertThat(client.awaitClosed().code()).isEqualTo(4002);

    TestSocket flaky = TestSocket.connect(webSocketUrl("/flaky"));
    assertThat(flaky.awaitClosed().code()).isEqualTo(1006);
  }

  @Test
  void refusalsBecomeExceptionsWithTheServersWords() {
    assertThatThrownBy(() -> payments().connection("c42").sendText("x"))
        .isInstanceOf(MockPaymentsException.class)
        .hasMessageContaining("There is no connection 'c42'")
        .satisfies(
            e -> {
              assertThat(((MockPaymentsException) e).status()).isEqualTo(404);
              assertThat(((MockPaymentsException) e).errorCode()).isEqualTo("not_found");
            });
    assertThatThrownBy(() -> payments().latest()).isInstanceOf(MockPaymentsException.class);
    assertThatThrownBy(() -> payments().awaitFrame(Match.regex("(unclosed"), WAIT))
        .isInstanceOf(MockPaymentsException.class)
        .hasMessageContaining("not a valid Java regular expression");
    assertThatThrownBy(() -> payments().addStub(Stub.onMessage(Match.any())))
        .isInstanceOf(MockPaymentsException.class)
        .hasMessageContaining("The stub does nothing");
  }

  @Test
  void sendingToAClosedConnectionIsAConflict() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    MockConnection conn = payments().awaitConnection(WAIT);
    client.close(1000, "");
    conn.awaitClosed(WAIT);
    assertThatThrownBy(() -> conn.sendText("late"))
        .isInstanceOf(MockPaymentsException.class)
        .satisfies(e -> assertThat(((MockPaymentsException) e).status()).isEqualTo(409));
  }

  @Test
  void resetStartsAfreshButKeepsOpenConnections() {
    TestSocket client = TestSocket.connect(webSocketUrl("/payments"));
    payments().awaitConnection(WAIT);
    client.send("before");
    payments().awaitFrame(Match.any(), WAIT);
    payments().addStub(Stub.onMessage(Match.any()).reply(Reply.text("added")));

    payments().reset();
    assertThat(payments().frames()).isEmpty();
    assertThat(payments().stubs()).isEmpty();
    assertThat(payments().connections()).hasSize(1);
    client.send("after");
    assertThat(payments().awaitFrame(Match.any(), WAIT).text())
        .as("the mailbox starts afresh")
        .isEqualTo("after");
    assertThatThrownBy(() -> payments().awaitConnection(Duration.ofMillis(100)))
        .as("the open connection is not new")
        .isInstanceOf(AssertionError.class);
  }
}
