package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.WebSocket;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.mockpayments.testsupport.TestSocket;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The image carries the recipes under {@code /recipes}: each is loaded with {@code
 * MOCK_STUBS_FILE}, as a user running the image by hand would, and answers its real client.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RecipesInTheImageIT {
  private static MockPaymentsContainer withRecipe(String file) {
    MockPaymentsContainer container =
        new MockPaymentsContainer().withEnv("MOCK_STUBS_FILE", "/recipes/" + file);
    container.start();
    return container;
  }

  @Test
  void stomp() throws Exception {
    try (MockPaymentsContainer payments = withRecipe("stomp-1.2.json")) {
      WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
      stomp.setMessageConverter(new StringMessageConverter());
      StompSession session =
          stomp
              .connectAsync(
                  payments.getWebSocketUrl("/stomp").toString(),
                  new StompSessionHandlerAdapter() {})
              .get(5, TimeUnit.SECONDS);
      CompletableFuture<Object> message = new CompletableFuture<>();
      session.subscribe(
          "/topic/orders",
          new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
              return String.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
              message.complete(payload);
            }
          });
      session.send("/app/orders", "o-1");
      assertThat(message.get(5, TimeUnit.SECONDS)).isEqualTo("o-1");
      stomp.stop();
    }
  }

  @Test
  void graphqlTransportWs() {
    try (MockPaymentsContainer payments = withRecipe("graphql-transport-ws.json")) {
      WebSocketGraphQlClient client =
          WebSocketGraphQlClient.builder(
                  payments.getWebSocketUrl("/graphql"), new ReactorNettyWebSocketClient())
              .build();
      List<Integer> ticks =
          client
              .document("subscription { ticks }")
              .retrieveSubscription("ticks")
              .toEntity(Integer.class)
              .take(2)
              .collectList()
              .block(Duration.ofSeconds(5));
      assertThat(ticks).containsExactly(1, 2);
      client.stop().block(Duration.ofSeconds(5));
    }
  }

  @Test
  void socketIo() throws Exception {
    try (MockPaymentsContainer payments = withRecipe("socket.io-v4.json")) {
      URI server = URI.create("http://localhost:" + payments.getWebSocketUrl().getPort());
      Socket socket =
          IO.socket(
              server,
              IO.Options.builder()
                  .setTransports(new String[] {WebSocket.NAME})
                  .setReconnection(false)
                  .build());
      CompletableFuture<Object> ack = new CompletableFuture<>();
      socket.on(
          Socket.EVENT_CONNECT,
          args -> socket.emit("chat", new Object[] {"hi"}, (Ack) reply -> ack.complete(reply[0])));
      socket.connect();
      assertThat(ack.get(5, TimeUnit.SECONDS).toString()).isEqualTo("{\"received\":\"chat\"}");
      socket.disconnect();
    }
  }

  @Test
  void jsonRpc() {
    try (MockPaymentsContainer payments = withRecipe("json-rpc-2.0.json")) {
      TestSocket socket = TestSocket.connect(payments.getWebSocketUrl("/rpc"));
      socket.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":{\"a\":1},\"id\":9}");
      assertThat(socket.nextText())
          .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":9,\"result\":{\"a\":1}}");
    }
  }

  @Test
  void phoenixChannels() throws Exception {
    try (MockPaymentsContainer payments = withRecipe("phoenix-channels-v2.json")) {
      org.phoenixframework.Socket socket =
          PhoenixClients.socket(payments.getWebSocketUrl("/socket/websocket").toString());
      socket.connect();
      try {
        org.phoenixframework.Channel lobby = socket.channel("room:lobby", java.util.Map.of());
        assertThat(
                PhoenixClients.reply(lobby.join(5_000))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS))
            .isEqualTo("ok");
      } finally {
        PhoenixClients.disconnect(socket);
      }
    }
  }

  @Test
  void ocpp16j() throws Exception {
    try (MockPaymentsContainer payments = withRecipe("ocpp-1.6j.json")) {
      Chargers charger = Chargers.connect(payments.getWebSocketUrl("/ocpp").toString(), "CP-7");
      try {
        eu.chargetime.ocpp.model.core.BootNotificationConfirmation boot =
            charger.call(charger.core.createBootNotificationRequest("ACME", "Wallbox 22"));
        assertThat(boot.getStatus())
            .isEqualTo(eu.chargetime.ocpp.model.core.RegistrationStatus.Accepted);
      } finally {
        charger.client.disconnect();
      }
    }
  }

  @Test
  void mqtt311() throws Exception {
    try (MockPaymentsContainer payments = withRecipe("mqtt-3.1.1.json")) {
      org.eclipse.paho.client.mqttv3.MqttClient client =
          new org.eclipse.paho.client.mqttv3.MqttClient(
              payments.getWebSocketUrl("/mqtt").toString(),
              "image-1",
              new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence());
      client.connect();
      try {
        CompletableFuture<String> arrived = new CompletableFuture<>();
        client.subscribe("orders/#", 1, (topic, message) -> arrived.complete(topic));
        client.publish("orders/1", new byte[] {1}, 1, false);
        payments
            .awaitConnection(Duration.ofSeconds(5))
            .sendBinary(MqttPackets.publish("orders/2", "paid"));
        assertThat(arrived.get(5, TimeUnit.SECONDS)).isEqualTo("orders/2");
      } finally {
        client.disconnect(1000);
        client.close();
      }
    }
  }

  @Test
  void signalR() {
    try (MockPaymentsContainer payments = withRecipe("signalr-json.json")) {
      com.microsoft.signalr.HubConnection hub =
          SignalRClients.connect(payments.getWebSocketUrl("/hubs/orders").toString());
      try {
        assertThat(hub.invoke(String.class, "Echo", "from the image").blockingGet())
            .isEqualTo("from the image");
      } finally {
        hub.stop().blockingAwait(5, TimeUnit.SECONDS);
      }
    }
  }
}
