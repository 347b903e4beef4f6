package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kotlin.Unit;
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
import org.phoenixframework.Channel;
import org.phoenixframework.Message;
import org.phoenixframework.Socket;

/** The Phoenix Channels recipe, driven by JavaPhoenixClient (V2 JSON serializer). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PhoenixChannelsRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.PHOENIX_CHANNELS).build());

  private Socket socket;

  @BeforeEach
  void connect() {
    socket = PhoenixClients.socket(payments.getWebSocketUrl("/socket/websocket").toString());
    socket.setHeartbeatIntervalMs(100);
    socket.connect();
  }

  @AfterEach
  void disconnect() {
    PhoenixClients.disconnect(socket);
  }

  @Test
  void aJoinIsAnsweredOkWithBothRefsCopied() throws Exception {
    Channel lobby = socket.channel("room:lobby", Map.of("user", "ada"));
    assertThat(PhoenixClients.reply(lobby.join(5_000)).get(5, TimeUnit.SECONDS))
        .as("the client matches a reply to its push by ref, and to its channel by join_ref")
        .isEqualTo("ok");
    assertThat(lobby.isJoined()).isTrue();

    String join = payments.awaitFrame(Match.contains("\"phx_join\""), WAIT).text();
    assertThat(join).contains("\"room:lobby\"").contains("{\"user\":\"ada\"}");
    String refs = join.substring(0, join.indexOf("\"room:lobby\""));
    assertThat(payments.frames())
        .as("the reply, journaled before the client had it")
        .anySatisfy(
            frame ->
                assertThat(frame.text())
                    .isEqualTo(
                        refs
                            + "\"room:lobby\",\"phx_reply\",{\"status\":\"ok\",\"response\":{}}]"));
  }

  @Test
  void heartbeatsAreAnswered() {
    MockConnection conn = payments.awaitConnection(WAIT);
    Match heartbeat =
        Match.jsonSchema("{\"items\":[{},{},{\"const\":\"phoenix\"},{\"const\":\"heartbeat\"}]}");
    String first = conn.awaitFrame(heartbeat, WAIT).text();
    conn.awaitFrame(heartbeat, WAIT);
    conn.awaitFrame(heartbeat, WAIT);
    assertThat(payments.connections())
        .as("the client drops a socket whose heartbeat goes unanswered until its next one")
        .hasSize(1);
    String ref = first.substring("[null,\"".length(), first.indexOf('"', "[null,\"".length()));
    assertThat(payments.frames())
        .anySatisfy(
            frame ->
                assertThat(frame.text())
                    .isEqualTo(
                        "[null,\""
                            + ref
                            + "\",\"phoenix\",\"phx_reply\",{\"status\":\"ok\",\"response\":{}}]"));
  }

  @Test
  void aJoinTheTestRefusesGetsTheErrorAndItsReason() throws Exception {
    // phoenix-refuse-join-begin
    payments.addStub(
        Stub.onMessage(
                Match.jsonSchema(
                    "{\"items\":[{},{},{\"const\":\"room:secret\"},{\"const\":\"phx_join\"}]}"))
            .reply(
                Reply.json(
                    "[\"{{json.0}}\",\"{{json.1}}\",\"{{json.2}}\",\"phx_reply\","
                        + "{\"status\":\"error\",\"response\":{\"reason\":\"unauthorized\"}}]")));
    // phoenix-refuse-join-end
    Channel secret = socket.channel("room:secret", Map.of());
    CompletableFuture<Message> refused = new CompletableFuture<>();
    secret
        .join(5_000)
        .receive(
            "error",
            message -> {
              refused.complete(message);
              return Unit.INSTANCE;
            });
    assertThat(refused.get(5, TimeUnit.SECONDS).getPayload())
        .containsEntry("reason", "unauthorized");
  }

  @Test
  void theTestPushesToAJoinedTopicAndClosesIt() throws Exception {
    Channel lobby = socket.channel("room:lobby", Map.of());
    CompletableFuture<Message> pushed = new CompletableFuture<>();
    CompletableFuture<Message> closed = new CompletableFuture<>();
    lobby.on(
        "new_msg",
        message -> {
          pushed.complete(message);
          return Unit.INSTANCE;
        });
    lobby.onClose(
        message -> {
          closed.complete(message);
          return Unit.INSTANCE;
        });
    assertThat(PhoenixClients.reply(lobby.join(5_000)).get(5, TimeUnit.SECONDS)).isEqualTo("ok");
    MockConnection conn = payments.awaitConnection(WAIT);

    // phoenix-push-begin
    conn.sendJson("[null,null,\"room:lobby\",\"new_msg\",{\"body\":\"hello from the test\"}]");
    // phoenix-push-end
    assertThat(pushed.get(5, TimeUnit.SECONDS).getPayload())
        .containsEntry("body", "hello from the test");

    String join = payments.awaitFrame(Match.contains("\"phx_join\""), WAIT).text();
    String joinRef = join.substring(2, join.indexOf('"', 2));
    conn.sendJson("[\"" + joinRef + "\",null,\"room:lobby\",\"phx_close\",{}]");
    assertThat(closed.get(5, TimeUnit.SECONDS).getEvent()).isEqualTo("phx_close");
  }

  @Test
  void aPushFromTheClientAndALeaveAreAnsweredOk() throws Exception {
    Channel lobby = socket.channel("room:lobby", Map.of());
    assertThat(PhoenixClients.reply(lobby.join(5_000)).get(5, TimeUnit.SECONDS)).isEqualTo("ok");
    assertThat(
            PhoenixClients.reply(lobby.push("new_msg", Map.of("body", "hi"), 5_000))
                .get(5, TimeUnit.SECONDS))
        .isEqualTo("ok");
    assertThat(PhoenixClients.reply(lobby.leave(5_000)).get(5, TimeUnit.SECONDS)).isEqualTo("ok");
    payments.awaitFrame(Match.contains("\"phx_leave\""), WAIT);
  }
}
