package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.WebSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
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

/** The Socket.IO v4 recipe played against the official Java client, over WebSocket only. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketIoRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.SOCKET_IO).build());

  private Socket socket;

  private Socket connect(String namespace, Map<String, String> auth) throws Exception {
    IO.Options options =
        IO.Options.builder()
            .setTransports(new String[] {WebSocket.NAME})
            .setReconnection(false)
            .setAuth(auth)
            .build();
    URI server = URI.create("http://localhost:" + payments.server().webSocketPort() + namespace);
    socket = IO.socket(server, options);
    CompletableFuture<Void> connected = new CompletableFuture<>();
    socket.on(Socket.EVENT_CONNECT, args -> connected.complete(null));
    socket.on(
        Socket.EVENT_CONNECT_ERROR,
        args -> connected.completeExceptionally(new AssertionError("connect error: " + args[0])));
    socket.connect();
    connected.get(5, TimeUnit.SECONDS);
    return socket;
  }

  @AfterEach
  void disconnect() {
    if (socket != null) {
      socket.disconnect();
    }
  }

  @Test
  void connectsThroughTheOpenPacketAndTheNamespaceConnect() throws Exception {
    connect("", Map.of("token", "t-1"));
    MockConnection connection = payments.latest();
    assertThat(connection.info().path()).isEqualTo("/socket.io/");
    assertThat(connection.info().query()).contains("EIO=4").contains("transport=websocket");
    connection.awaitFrame(Match.equalTo("40{\"token\":\"t-1\"}"), WAIT);
    assertThat(socket.id()).as("the sid of the recipe's 40 answer").isNotBlank();
  }

  @Test
  void anEventWithAnAckGetsItsAckWhateverItsId() throws Exception {
    connect("", Map.of());
    CompletableFuture<Object> first = new CompletableFuture<>();
    CompletableFuture<Object> second = new CompletableFuture<>();
    socket.emit(
        "chat",
        new Object[] {new JSONObject(Map.of("text", "hi"))},
        (Ack) args -> first.complete(args[0]));
    socket.emit("pay", new Object[] {"o-1"}, (Ack) args -> second.complete(args[0]));
    assertThat(first.get(5, TimeUnit.SECONDS).toString()).isEqualTo("{\"received\":\"chat\"}");
    assertThat(second.get(5, TimeUnit.SECONDS).toString()).isEqualTo("{\"received\":\"pay\"}");
  }

  @Test
  void aTestsOwnStubAnswersOneEventWithDataOfItsOwn() throws Exception {
    payments.addStub(
        Stub.onMessage(
                Match.regex("42(?<ack>\\d+)(?<args>\\[.*])")
                    .jsonIn("args")
                    .and(Match.jsonSubset("[\"pay\",{}]")))
            .reply(
                Reply.json("[{\"order\":\"{{json.1.order}}\",\"status\":\"PAID\"}]")
                    .withPrefix("43{{regex.ack}}")));
    connect("", Map.of());
    CompletableFuture<Object> ack = new CompletableFuture<>();
    socket.emit(
        "pay",
        new Object[] {new JSONObject(Map.of("order", "o-7"))},
        (Ack) args -> ack.complete(args[0]));
    assertThat(ack.get(5, TimeUnit.SECONDS).toString())
        .isEqualTo("{\"order\":\"o-7\",\"status\":\"PAID\"}");
  }

  @Test
  void testCodePushesEventsAndPingsThatTheClientAnswers() throws Exception {
    connect("", Map.of());
    CompletableFuture<Object> order = new CompletableFuture<>();
    socket.on("order", args -> order.complete(args[0]));
    MockConnection connection = payments.latest();
    connection.sendText("42[\"order\",{\"id\":\"o-1\",\"state\":\"FULFILL\"}]");
    assertThat(order.get(5, TimeUnit.SECONDS).toString())
        .isEqualTo("{\"id\":\"o-1\",\"state\":\"FULFILL\"}");

    connection.sendText("2");
    connection.awaitFrame(Match.equalTo("3"), WAIT);
  }

  @Test
  void aNamespaceIsConnectedByName() throws Exception {
    connect("/admin", Map.of());
    payments.latest().awaitFrame(Match.regex("40/admin,.*"), WAIT);
    assertThat(socket.connected()).isTrue();
  }
}
