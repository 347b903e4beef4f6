package org.mockpayments.recipes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** MQTT 3.1.1 packets a test sends as the broker, written as the recipe page shows. */
final class MqttPackets {
  private MqttPackets() {}

  /** A PUBLISH at QoS 0: header 0x30, remaining length, the topic, the payload. */
  static byte[] publish(String topic, String payload) {
    byte[] name = topic.getBytes(StandardCharsets.UTF_8);
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream packet = new ByteArrayOutputStream();
    packet.write(0x30);
    int remaining = 2 + name.length + body.length;
    do {
      int digit = remaining % 128;
      remaining /= 128;
      packet.write(remaining > 0 ? digit | 0x80 : digit);
    } while (remaining > 0);
    packet.write(name.length >> 8);
    packet.write(name.length & 0xFF);
    packet.writeBytes(name);
    packet.writeBytes(body);
    return packet.toByteArray();
  }
}
