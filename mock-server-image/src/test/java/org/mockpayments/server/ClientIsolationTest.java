package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.testsupport.TestSocket;

/** The Java client's mailbox against a server that others reset too, and what its failures say. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientIsolationTest extends EmbeddedServer {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void aResetMadeElsewhereHidesNoLaterFrame() {
    MockPaymentsClient mine = server.client();
    TestSocket client = TestSocket.connect(ws("/payments"));
    mine.awaitConnection(WAIT);
    for (int i = 0; i < 5; i++) {
      client.send("before " + i);
      mine.awaitFrame(Match.contains("before"), WAIT);
    }

    new MockPaymentsClient(server.getControlUrl()).reset();
    client.send("after the reset");

    assertThat(mine.awaitFrame(Match.any(), WAIT).text())
        .as("the frame after someone else's reset, not one hidden by old marks")
        .isEqualTo("after the reset");
  }

  @Test
  void aResetMadeElsewhereStillHandsOutTheNextConnection() {
    MockPaymentsClient mine = server.client();
    TestSocket.connect(ws("/first"));
    mine.awaitConnection(WAIT);

    new MockPaymentsClient(server.getControlUrl()).resetAndCloseConnections();
    TestSocket.connect(ws("/second"));

    MockConnection next = mine.awaitConnection(WAIT);
    assertThat(next.info().path()).isEqualTo("/second");
    assertThat(next.id()).as("ids start again after the reset closed everything").isEqualTo("c1");
  }

  @Test
  void aFailedAwaitListsTheFramesEarlierAwaitsTook() {
    MockPaymentsClient payments = server.client();
    TestSocket client = TestSocket.connect(ws("/payments"));
    MockConnection conn = payments.awaitConnection(WAIT);
    client.send("{\"initiate_payment\":true}");
    Frame taken = conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true}"), WAIT);

    assertThatThrownBy(
            () ->
                conn.awaitFrame(
                    Match.jsonSubset("{\"initiate_payment\":true}"), Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("matching {\"jsonSubset\":{\"initiate_payment\":true}} for 200 ms")
        .hasMessageContaining("none arrived that an earlier await had not taken")
        .hasMessageContaining(
            "#"
                + taken.seq()
                + " c1 in text {\"initiate_payment\":true} (taken by an earlier await)");
  }

  @Test
  void aFailedAwaitSaysSoWhenNothingArrivedAtAll() {
    MockPaymentsClient payments = server.client();
    TestSocket.connect(ws("/payments"));
    payments.awaitConnection(WAIT);
    assertThatThrownBy(() -> payments.awaitFrame(Match.contains("x"), Duration.ofMillis(100)))
        .hasMessageContaining("Nothing arrived in either direction since the last reset.");
  }
}
