package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Recipes;
import org.mockpayments.server.MockPaymentsServerExtension;
import org.mockpayments.server.ServerSettings;

/** The MQTT 3.1.1 recipe, driven by HiveMQ's client over WebSocket. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HiveMqRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.MQTT_311).build());

  private Mqtt3BlockingClient client;

  @BeforeEach
  void connect() {
    client =
        MqttClient.builder()
            .useMqttVersion3()
            .identifier("orders-hivemq")
            .serverHost("localhost")
            .serverPort(payments.getWebSocketUrl().getPort())
            .webSocketConfig()
            .serverPath("mqtt")
            .applyWebSocketConfig()
            .buildBlocking();
    client.connect();
  }

  @AfterEach
  void disconnect() {
    if (client.getState().isConnected()) {
      client.disconnect();
    }
  }

  @Test
  void subscribesPublishesAtQosOneAndReceivesAPush() throws Exception {
    try (Mqtt3BlockingClient.Mqtt3Publishes publishes =
        client.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
      client.subscribeWith().topicFilter("orders/#").qos(MqttQos.AT_LEAST_ONCE).send();
      client
          .publishWith()
          .topic("orders/1")
          .qos(MqttQos.AT_LEAST_ONCE)
          .payload("{}".getBytes(StandardCharsets.UTF_8))
          .send();

      payments
          .awaitConnection(WAIT)
          .sendBinary(MqttPackets.publish("orders/7", "{\"status\":\"PAID\"}"));

      Mqtt3Publish pushed = publishes.receive(5, TimeUnit.SECONDS).orElseThrow();
      assertThat(pushed.getTopic().toString()).isEqualTo("orders/7");
      assertThat(new String(pushed.getPayloadAsBytes(), StandardCharsets.UTF_8))
          .isEqualTo("{\"status\":\"PAID\"}");
    }
    assertThat(payments.connections().get(0).subprotocol()).isEqualTo("mqtt");
  }
}
