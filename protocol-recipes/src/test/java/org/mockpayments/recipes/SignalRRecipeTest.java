package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionState;
import io.reactivex.rxjava3.core.Single;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Recipes;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.server.MockPaymentsServerExtension;
import org.mockpayments.server.ServerSettings;

/**
 * The SignalR recipe (JSON hub protocol), driven by Microsoft's Java client on its WebSockets
 * transport with negotiation skipped.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SignalRRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String RS = "\u001e";

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.SIGNALR_JSON).build());

  private HubConnection hub;

  @BeforeEach
  void connect() {
    hub = SignalRClients.connect(payments.getWebSocketUrl("/hubs/orders").toString());
  }

  @AfterEach
  void disconnect() {
    hub.stop().blockingAwait(5, TimeUnit.SECONDS);
  }

  @Test
  void invocationsAreCompletedWithTheirIdsEvenWhenTheyArriveTogether() {
    Single<String> first = hub.invoke(String.class, "Echo", "first");
    Single<String> second = hub.invoke(String.class, "Echo", "second");
    hub.invoke("Acknowledge", 42).blockingAwait(5, TimeUnit.SECONDS);

    assertThat(second.blockingGet()).isEqualTo("second");
    assertThat(first.blockingGet()).isEqualTo("first");
    payments
        .awaitConnection(WAIT)
        .awaitFrame(Match.jsonSubset("{\"type\":1,\"target\":\"Acknowledge\"}"), WAIT);
  }

  @Test
  void aTestStubGivesAnInvocationItsOwnResult() {
    // signalr-result-begin
    payments.addStub(
        Stub.onMessage(Match.jsonSubset("{\"type\":1,\"target\":\"GetOrder\"}"))
            .reply(
                Reply.json(
                        "{\"type\":3,\"invocationId\":\"{{json.invocationId}}\","
                            + "\"result\":{\"id\":\"{{json.arguments.0}}\",\"status\":\"PAID\"}}")
                    .withSuffix(RS)));
    // signalr-result-end
    Order order = hub.invoke(Order.class, "GetOrder", "o-7").blockingGet();
    assertThat(order.id).isEqualTo("o-7");
    assertThat(order.status).isEqualTo("PAID");
  }

  @Test
  void aServerInvocationPushedByTheTestReachesTheClientsHandler() throws Exception {
    CompletableFuture<String> paid = new CompletableFuture<>();
    hub.on("orderPaid", paid::complete, String.class);
    MockConnection conn = payments.awaitConnection(WAIT);
    // signalr-push-begin
    conn.sendText("{\"type\":1,\"target\":\"orderPaid\",\"arguments\":[\"o-42\"]}\u001e");
    // signalr-push-end
    assertThat(paid.get(5, TimeUnit.SECONDS)).isEqualTo("o-42");
  }

  @Test
  void aCloseFromTheServerEndsTheConnectionWithItsError() throws Exception {
    CompletableFuture<Exception> closed = new CompletableFuture<>();
    hub.onClosed(closed::complete);
    payments.awaitConnection(WAIT).sendText("{\"type\":7,\"error\":\"Hub shutting down\"}" + RS);
    assertThat(closed.get(5, TimeUnit.SECONDS)).hasMessageContaining("Hub shutting down");
    assertThat(hub.getConnectionState()).isEqualTo(HubConnectionState.DISCONNECTED);
  }

  @Test
  void theRecipePingsLikeARealServerSoTheClientKeepsTheConnection() {
    Journal.awaitSent(
        payments, text -> text.equals("{\"type\":6}" + RS), 1, Duration.ofSeconds(20));
    assertThat(hub.getConnectionState()).isEqualTo(HubConnectionState.CONNECTED);
  }

  /** What the GetOrder stub returns. */
  static final class Order {
    String id;
    String status;
  }
}
