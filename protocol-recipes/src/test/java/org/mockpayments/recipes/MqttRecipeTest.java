package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Recipes;
import org.mockpayments.server.MockPaymentsServerExtension;
import org.mockpayments.server.ServerSettings;

/** The MQTT 3.1.1 recipe, driven by Eclipse Paho's client over {@code ws://}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MqttRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final HexFormat HEX = HexFormat.of();

  /** How many QoS 1 messages a test publishes back to back, past packet id 0x00ff. */
  private static final int PUBLISHES = 300;

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.MQTT_311).build());

  private MqttClient client;
  private final BlockingQueue<String> arrived = new LinkedBlockingQueue<>();

  @BeforeEach
  void connect() throws Exception {
    client = connect(60);
  }

  /** A connected Paho client that pings after {@code keepAliveSeconds} without traffic. */
  private static MqttClient connect(int keepAliveSeconds) throws Exception {
    MqttClient client =
        new MqttClient(
            payments.getWebSocketUrl("/mqtt").toString(), "orders-1", new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    options.setKeepAliveInterval(keepAliveSeconds);
    options.setConnectionTimeout(5);
    // Paho's synchronous publish can return before its count of publishes in flight drops: the
    // count falls later, on its callback thread (eclipse-paho/paho.mqtt.java issue 551). So
    // back-to-back QoS 1 publishes can overrun the default window of 10 on a busy machine, and
    // Paho refuses the next one ("Too many publishes in progress"). A window as large as the run
    // makes that race harmless.
    options.setMaxInflight(PUBLISHES);
    client.connect(options);
    return client;
  }

  @AfterEach
  void disconnect() throws Exception {
    if (client.isConnected()) {
      client.disconnect(1000);
    }
    client.close();
  }

  @Test
  void connectSubscribeAndPublishAtEveryQosAreAcknowledged() throws Exception {
    assertThat(payments.connections().get(0).subprotocol()).isEqualTo("mqtt");
    assertThat(payments.awaitConnection(WAIT).info().variable("clientId")).isEqualTo("orders-1");

    client.subscribe("orders/+", 1, (topic, message) -> arrived.add(topic));
    for (int qos = 0; qos <= 2; qos++) {
      client.publish(
          "orders/1", ("{\"qos\":" + qos + "}").getBytes(StandardCharsets.UTF_8), qos, false);
    }
    client.unsubscribe("orders/+");

    assertThat(payments.frames())
        .filteredOn(frame -> frame.direction() == Frame.Direction.OUT && frame.bytes() != null)
        .extracting(frame -> HEX.formatHex(frame.bytes(), 0, 1))
        .as("CONNACK, SUBACK, PUBACK, PUBREC, PUBCOMP, UNSUBACK")
        .startsWith("20", "90", "40", "50", "70", "b0");
  }

  @Test
  void packetIdsAboveOneByteAreCopiedIntoTheAcknowledgements() throws Exception {
    for (int i = 0; i < PUBLISHES; i++) {
      client.publish("orders/" + i, new byte[] {1}, 1, false);
    }
    assertThat(payments.frames())
        .filteredOn(frame -> frame.direction() == Frame.Direction.OUT && frame.bytes() != null)
        .extracting(frame -> HEX.formatHex(frame.bytes()))
        .as("Paho numbers its packets from 1: 0x0080 and 0x012c are among them")
        .contains("40020080", "4002012c");
  }

  @Test
  void aPublishPushedByTheTestArrivesInTheSubscribersCallback() throws Exception {
    client.subscribe("orders/#", 0, (topic, message) -> arrived.add(topic + " " + message));
    MockConnection conn = payments.awaitConnection(WAIT);
    conn.awaitFrame(Match.binaryStartingWith(new byte[] {(byte) 0x82}), WAIT);
    // mqtt-push-begin
    conn.sendBinary(MqttPackets.publish("orders/42", "{\"status\":\"PAID\"}"));
    // mqtt-push-end
    assertThat(arrived.poll(5, TimeUnit.SECONDS)).isEqualTo("orders/42 {\"status\":\"PAID\"}");
  }

  @Test
  void pingsAreAnsweredAndADisconnectIsSeen() throws Exception {
    client.disconnect(1000);
    client.close();
    // Paho pings after 2 s without traffic, and gives the answer as long again to come.
    client = connect(2);
    MockConnection conn = payments.awaitConnections(2, WAIT).get(1);
    conn.awaitFrame(Match.binary(HEX.parseHex("c000")), WAIT);
    client.disconnect(1000);
    conn.awaitFrame(Match.binary(HEX.parseHex("e000")), WAIT);
    assertThat(payments.frames())
        .filteredOn(frame -> frame.direction() == Frame.Direction.OUT && frame.bytes() != null)
        .extracting(frame -> HEX.formatHex(frame.bytes()))
        .contains("d000");
  }
}
