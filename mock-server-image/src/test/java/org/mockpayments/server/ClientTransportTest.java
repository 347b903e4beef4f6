package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.client.MockPaymentsException;
import org.mockpayments.client.MockPaymentsTransportException;
import org.mockpayments.testsupport.TestSocket;

/** How the Java client's HTTP reads answers, refusals, interruptions and silence. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientTransportTest extends EmbeddedServer {
  private static final String TOKEN = "transport-token";

  @Override
  ServerSettings settings() {
    return ServerSettings.builder().controlToken(TOKEN).build();
  }

  @Test
  void aRefusedPostCarriesTheServersOwnExplanation() {
    MockPaymentsClient wrongToken = new MockPaymentsClient(server.getControlUrl(), "not-it");

    assertThatThrownBy(() -> wrongToken.broadcastText("hello"))
        .isInstanceOfSatisfying(
            MockPaymentsException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.errorCode()).isEqualTo("unauthorized");
              assertThat(e.getMessage()).contains("Authorization: Bearer <token>");
            });
  }

  @Test
  void anInterruptedAwaitEndsAtOnceAndTheServerGoesOn() throws Exception {
    MockPaymentsClient client = new MockPaymentsClient(server.getControlUrl(), TOKEN);
    AtomicBoolean interruptKept = new AtomicBoolean();
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                client.awaitFrame(Match.equalTo("never sent"), Duration.ofSeconds(25));
                failure.complete(null);
              } catch (Throwable e) {
                interruptKept.set(Thread.currentThread().isInterrupted());
                failure.complete(e);
              }
            });
    waiter.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(waiter.getState())
        .as("the caller waits for the answer")
        .isEqualTo(Thread.State.WAITING);
    long interrupted = System.nanoTime();
    waiter.interrupt();

    Throwable thrown = failure.get(5, TimeUnit.SECONDS);
    // An interrupt that is not honoured leaves the caller in its 25 s await; one that is takes
    // milliseconds. 2 s tells the two apart with room for a loaded machine.
    assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(2));
    assertThat(thrown)
        .isInstanceOfSatisfying(
            MockPaymentsTransportException.class,
            e -> assertThat(e.errorCode()).isEqualTo("interrupted"));
    assertThat(interruptKept).as("the caller's interrupt flag is kept").isTrue();

    TestSocket socket = TestSocket.connect(ws("/after"));
    client.awaitConnection(Duration.ofSeconds(5));
    socket.send("still serving");
    assertThat(client.awaitFrame(Match.any(), Duration.ofSeconds(5)).text())
        .isEqualTo("still serving");
  }

  @Test
  void aServerThatIsNotThereIsReportedAsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MockPaymentsClient nobody =
        new MockPaymentsClient(URI.create("http://localhost:" + closedPort));

    assertThatThrownBy(nobody::reset)
        .isInstanceOfSatisfying(
            MockPaymentsTransportException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("unreachable");
              assertThat(e.getMessage())
                  .contains("localhost:" + closedPort)
                  .contains("POST /reset");
            });
  }
}
