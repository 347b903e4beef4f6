package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/** A stub's {@code framing}: frames cut into records, or joined into packets, before stubs fire. */
class FramingTest extends EmbeddedServer {
  private static final HexFormat HEX = HexFormat.of();
  private static final String RS = "\u001e";

  @Test
  void eachRecordOfAFrameGetsItsOwnAnswerAndARecordMaySpanFrames() {
    control.post("stubs", "{\"on\":\"connect\",\"framing\":{\"separator\":\"\\u001e\"}}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"jsonSubset\":{\"type\":1}},\"reply\":[{\"json\":"
            + "{\"type\":3,\"invocationId\":\"{{json.invocationId}}\",\"result\":\"{{json.target}}\"},"
            + "\"suffix\":\"\\u001e\"}]}");
    TestSocket client = connect("/hub", 1);

    client.send(
        "{\"type\":1,\"invocationId\":\"1\",\"target\":\"a\"}"
            + RS
            + "{\"type\":1,\"invocationId\":\"2\",\"target\":\"b\"}"
            + RS
            + "{\"type\":1,\"invocationId\":\"3\",");
    client.send("\"target\":\"c\"}" + RS);

    assertThat(List.of(client.nextText(), client.nextText(), client.nextText()))
        .containsExactly(
            "{\"type\":3,\"invocationId\":\"1\",\"result\":\"a\"}" + RS,
            "{\"type\":3,\"invocationId\":\"2\",\"result\":\"b\"}" + RS,
            "{\"type\":3,\"invocationId\":\"3\",\"result\":\"c\"}" + RS);
    JsonArray first = frames("?direction=in").get(0).getAsJsonObject().getAsJsonArray("messages");
    assertThat(first).hasSize(2);
    assertThat(first.get(1).getAsJsonObject().get("text").getAsString())
        .isEqualTo("{\"type\":1,\"invocationId\":\"2\",\"target\":\"b\"}");
    JsonObject second = awaitFrame("{\"match\":{\"jsonSubset\":{\"invocationId\":\"3\"}}}");
    assertThat(second.get("text").getAsString()).isEqualTo("\"target\":\"c\"}" + RS);
  }

  @Test
  void packetsAreJoinedAcrossFramesByTheirLengthAndCutWhereAFrameHoldsSeveral() {
    control.post(
        "stubs",
        "{\"on\":\"connect\",\"subprotocol\":\"mqtt\",\"framing\":{\"length\":\"varint\",\"offset\":1}}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"fields\":[{\"hex\":\"82\"},{\"length\":\"varint\","
            + "\"fields\":[{\"uint16\":\"packetId\"},{\"bytes\":\"filters\"}]}]},"
            + "\"reply\":[{\"fields\":[{\"hex\":\"90\"},{\"length\":\"varint\",\"fields\":"
            + "[{\"uint16\":\"{{json.packetId}}\"},{\"hex\":\"00\"}]}]}]}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"hexPrefix\":\"c000\"},\"reply\":[{\"binary\":\"0AA=\"}]}");
    TestSocket client = TestSocket.connect(ws("/mqtt"), List.of("mqtt"));
    control.get("connections/await?count=1");

    // As MQTT.js writes a SUBSCRIBE: each field its own frame.
    for (String part : List.of("82", "08", "1285", "0003", "612f62", "00")) {
      client.sendBinary(HEX.parseHex(part));
    }
    assertThat(HEX.formatHex(client.nextBinary())).isEqualTo("9003128500");

    // Two PINGREQs and the start of a third in one frame.
    client.sendBinary(HEX.parseHex("c000c000c0"));
    client.sendBinary(HEX.parseHex("00"));
    assertThat(List.of(client.nextBinary(), client.nextBinary(), client.nextBinary()))
        .allSatisfy(pong -> assertThat(HEX.formatHex(pong)).isEqualTo("d000"));

    JsonArray in = frames("?direction=in");
    assertThat(in).hasSize(8);
    assertThat(in.get(0).getAsJsonObject().getAsJsonArray("messages")).isEmpty();
    JsonArray subscribe = in.get(5).getAsJsonObject().getAsJsonArray("messages");
    assertThat(subscribe).hasSize(1);
    assertThat(subscribe.get(0).getAsJsonObject().get("base64").getAsString())
        .isEqualTo(Base64.getEncoder().encodeToString(HEX.parseHex("820812850003612f6200")));
    assertThat(in.get(6).getAsJsonObject().getAsJsonArray("messages")).hasSize(2);
  }

  @Test
  void withoutAFramingOrOnAnotherSubprotocolEachFrameIsOneMessage() {
    control.post(
        "stubs",
        "{\"on\":\"connect\",\"subprotocol\":\"mqtt\",\"framing\":{\"length\":\"varint\",\"offset\":1}}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"type\":\"binary\"},\"reply\":[{\"text\":\"{{seq}}\"}]}");
    TestSocket client = connect("/plain", 1);

    client.sendBinary(HEX.parseHex("c000c000"));
    assertThat(client.nextText()).isEqualTo("1");
    assertThat(frames("?direction=in").get(0).getAsJsonObject().has("messages")).isFalse();
  }

  @Test
  void aFramingThatCannotBeReadIsRefusedWhenTheStubIsAdded() {
    assertStubRefused(
        "{\"on\":\"connect\",\"framing\":{\"separator\":\"\\u001e\",\"length\":\"varint\"}}",
        "'framing' in the stub must have either 'separator' (text records, as SignalR's"
            + " \"\\u001e\") or 'length' with an optional 'offset' (binary packets sized by a"
            + " length field, as MQTT's {\"length\": \"varint\", \"offset\": 1}).");
    assertStubRefused(
        "{\"on\":\"connect\",\"framing\":{\"length\":\"int16\"}}",
        "'length' in 'framing' in the stub must be varint, uint8, uint16 or uint32, not 'int16'.");
    assertStubRefused(
        "{\"on\":\"connect\",\"framing\":{\"separator\":\"\"}}",
        "'separator' in 'framing' in the stub cannot be empty.");
  }
}
