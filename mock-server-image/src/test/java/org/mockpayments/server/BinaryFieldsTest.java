package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/** Binary messages read into JSON by a match's {@code fields}, and written by a reply's. */
class BinaryFieldsTest extends EmbeddedServer {
  private static final HexFormat HEX = HexFormat.of();

  /** MQTT's SUBSCRIBE: header 0x82, remaining length, packet id, one topic filter and its QoS. */
  private static final String SUBSCRIBE =
      "{\"hex\":\"82\"},{\"length\":\"varint\",\"fields\":[{\"uint16\":\"packetId\"},"
          + "{\"utf8\":\"topic\",\"length\":\"uint16\"},{\"uint8\":\"qos\"}]}";

  @Test
  void aReplyCopiesBytesAboveSevenBitsThatARegexWouldLose() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"fields\":["
            + SUBSCRIBE
            + "]},\"reply\":[{\"fields\":[{\"hex\":\"90\"},{\"length\":\"varint\",\"fields\":["
            + "{\"uint16\":\"{{json.packetId}}\"},{\"uint8\":\"{{json.qos}}\"}]}]}]}");
    TestSocket client = connect("/mqtt", 1);

    client.sendBinary(
        HEX.parseHex("8210" + "1285" + "000b" + HEX.formatHex("orders/+/eu".getBytes()) + "01"));

    assertThat(HEX.formatHex(client.nextBinary())).isEqualTo("9003128501");
  }

  @Test
  void theFieldsAreTheJsonThatConditionsAndTheJournalRead() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"fields\":["
            + SUBSCRIBE
            + "],\"jsonSubset\":{\"topic\":\"orders/eu\"}},\"reply\":[{\"text\":\"orders\"}]}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"type\":\"binary\"},\"reply\":[{\"text\":\"other\"}]}");
    TestSocket client = connect("/mqtt", 1);

    client.sendBinary(
        HEX.parseHex("820e" + "0001" + "0009" + HEX.formatHex("orders/us".getBytes()) + "00"));
    assertThat(client.nextText()).isEqualTo("other");
    client.sendBinary(
        HEX.parseHex("820e" + "0002" + "0009" + HEX.formatHex("orders/eu".getBytes()) + "00"));
    assertThat(client.nextText()).isEqualTo("orders");

    assertThat(
            awaitFrame(
                    "{\"match\":{\"fields\":[" + SUBSCRIBE + "],\"jsonSubset\":{\"packetId\":2}}}")
                .get("base64")
                .getAsString())
        .isEqualTo(
            java.util.Base64.getEncoder()
                .encodeToString(
                    HEX.parseHex("820e00020009" + HEX.formatHex("orders/eu".getBytes()) + "00")));
  }

  @Test
  void aLengthIsWrittenForWhatItCountsAsAVarintOfAsManyBytesAsItNeeds() {
    String topic = "t".repeat(200);
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"type\":\"binary\"},\"reply\":[{\"fields\":["
            + "{\"hex\":\"30\"},{\"length\":\"varint\",\"fields\":[{\"utf8\":\""
            + topic
            + "\",\"length\":\"uint16\"},{\"utf8\":\"{{connection.id}}\"}]}]}]}");
    TestSocket client = connect("/mqtt", 1);
    client.sendBinary(new byte[] {(byte) 0xc0, 0});

    byte[] publish = client.nextBinary();
    int remaining = 2 + 200 + 2;
    assertThat(publish[0]).isEqualTo((byte) 0x30);
    assertThat(publish[1] & 0xFF).isEqualTo(0x80 | (remaining & 0x7F));
    assertThat(publish[2]).isEqualTo((byte) (remaining >> 7));
    assertThat(publish).hasSize(3 + remaining);
    assertThat(new String(publish, publish.length - 2, 2)).isEqualTo("c1");
  }

  @Test
  void aQuestionMarkInAMatchStandsForAnyHexDigitAndTheMessageMustBeReadToItsEnd() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"fields\":[{\"hex\":\"3?\"},{\"bytes\":\"rest\"}]},"
            + "\"reply\":[{\"text\":\"publish\"}]}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"fields\":[{\"hex\":\"c0\"}]},\"reply\":[{\"text\":\"ping\"}]}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"type\":\"binary\"},\"reply\":[{\"text\":\"none\"}]}");
    TestSocket client = connect("/mqtt", 1);

    client.sendBinary(HEX.parseHex("32020001"));
    assertThat(client.nextText()).isEqualTo("publish");
    client.sendBinary(HEX.parseHex("c000"));
    assertThat(client.nextText()).as("c0 then a byte no field reads").isEqualTo("none");
    client.sendBinary(HEX.parseHex("c0"));
    assertThat(client.nextText()).isEqualTo("ping");
  }

  @Test
  void aValueThatRendersToNoNumberSendsNothingAndSaysWhyInTheLog() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"reply\":[{\"fields\":[{\"uint8\":\"{{json.big}}\"}]},{\"text\":\"after\"}]}");
    TestSocket client = connect("/mqtt", 1);
    client.send("{\"big\":300}");
    client.send("{\"big\":3}");

    assertThat(client.nextBinary()).containsExactly(3);
    assertThat(client.nextText()).isEqualTo("after");
    assertThat(logText())
        .contains(
            "'uint8' in field 0 of 'fields' of 'reply' in the stub[0] rendered 300, which is no"
                + " whole number from 0 to 255 for a uint8.");
  }

  @Test
  void mistakesInFieldsAreRefusedWhenTheStubIsAddedNamingThePlace() {
    assertStubRefused(
        "{\"on\":\"message\",\"match\":{\"fields\":[{\"utf8\":\"topic\"},{\"uint8\":\"qos\"}]},\"reply\":[]}",
        "Field 0 of 'fields' in 'match' in the stub has no 'length', so it runs to the end, yet"
            + " fields follow it: give it a 'length' or make it the last field.");
    assertStubRefused(
        "{\"on\":\"message\",\"match\":{\"fields\":[{\"uint16\":\"id\"},{\"uint8\":\"id\"}]},\"reply\":[]}",
        "Field 1 of 'fields' in 'match' in the stub reads into 'id', which an earlier field already"
            + " reads into: give each its own name.");
    assertStubRefused(
        "{\"on\":\"message\",\"match\":{\"fields\":[{\"uint16\":\"id\",\"length\":\"uint8\"}]},\"reply\":[]}",
        "'length' in field 0 of 'fields' in 'match' in the stub goes with utf8, bytes or fields,"
            + " the field it counts; a uint16 has a size of its own.");
    assertStubRefused(
        "{\"on\":\"message\",\"reply\":[{\"fields\":[{\"hex\":\"9?\"}]}]}",
        "'hex' in field 0 of 'fields' of 'reply' in the stub[0] must be an even number of hex"
            + " digits, such as '90', not '9?'.");
    assertStubRefused(
        "{\"on\":\"message\",\"reply\":[{\"fields\":[{\"uint16\":70000}]}]}",
        "'uint16' in field 0 of 'fields' of 'reply' in the stub[0] must be between 0 and 65535, not"
            + " 70000.");
    assertStubRefused(
        "{\"on\":\"message\",\"reply\":[{\"fields\":[{\"uint16\":\"{{json.id}\"}]}]}",
        "'uint16' in field 0 of 'fields' of 'reply' in the stub[0] must be a whole number or a"
            + " placeholder that renders one, such as \"{{json.packetId}}\", not '{{json.id}'.");
    assertStubRefused(
        "{\"on\":\"message\",\"reply\":[{\"fields\":[{\"length\":\"varint\"}]}]}",
        "Field 0 of 'fields' of 'reply' in the stub[0] must have exactly one of hex, uint8, uint16,"
            + " uint32, varint, utf8, bytes or fields (utf8, bytes and fields may add 'length'),"
            + " not none.");
    assertStubRefused(
        "{\"on\":\"message\",\"reply\":[{\"fields\":[{\"uint8\":\"{{regex.id}}\"}]}]}",
        "{{regex.id}} names no group of the stub's 'regex' (it has no 'regex') (in 'uint8' of field"
            + " 0 of 'fields' of 'reply' in the stub[0]).");
    assertStubRefused(
        "{\"on\":\"message\",\"match\":{\"regex\":\"(.*)\",\"fields\":[{\"hex\":\"30\"}]},\"reply\":[]}",
        "'fields' in 'match' in the stub reads a binary message into JSON, and 'regex' reads text:"
            + " a match takes one of them.");
  }
}
