package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class FramesTest extends EmbeddedServer {
  @Test
  void pushesTextJsonAndBinaryFrames() {
    TestSocket client = connect("/payments", 1);
    assertThat(
            control
                .post("connections/c1/send", "{\"text\":\"hello\"}")
                .json()
                .getAsJsonObject()
                .get("sent")
                .getAsInt())
        .isEqualTo(1);
    control.post("connections/c1/send", "{\"json\": {\"b\": [1, 2], \"a\": null}}");
    control.post("connections/c1/send", "{\"binary\":\"AAEC\"}");

    assertThat(client.nextText()).isEqualTo("hello");
    assertThat(client.nextText())
        .as("JSON is sent compactly")
        .isEqualTo("{\"b\":[1,2],\"a\":null}");
    TestSocket.Event binary = client.next();
    assertThat(binary.kind()).isEqualTo("binary");
    assertThat(binary.bytes()).containsExactly(0, 1, 2);
  }

  @Test
  void journalsBothDirectionsWithOneSequence() {
    TestSocket client = connect("/payments", 1);
    client.send("{\"initiate_payment\":true}");
    awaitFrame("{}");
    control.post("connections/c1/send", "{\"text\":\"ok\"}");
    client.nextText();
    client.sendBinary(new byte[] {9, 8});
    awaitFrame("{\"type\":\"binary\"}");

    JsonArray all = frames("");
    assertThat(all).hasSize(3);
    JsonObject first = all.get(0).getAsJsonObject();
    long opened = control.get("connections/c1").json().getAsJsonObject().get("seq").getAsLong();
    assertThat(first.get("seq").getAsLong())
        .as("right after the connection's opening")
        .isEqualTo(opened + 1);
    assertThat(all.get(1).getAsJsonObject().get("seq").getAsLong()).isEqualTo(opened + 2);
    assertThat(all.get(2).getAsJsonObject().get("seq").getAsLong()).isEqualTo(opened + 3);
    assertThat(first.get("connection").getAsString()).isEqualTo("c1");
    assertThat(first.get("direction").getAsString()).isEqualTo("in");
    assertThat(first.get("type").getAsString()).isEqualTo("text");
    assertThat(first.get("text").getAsString()).isEqualTo("{\"initiate_payment\":true}");
    assertThat(first.get("at").getAsString()).endsWith("Z");
    assertThat(all.get(1).getAsJsonObject().get("direction").getAsString()).isEqualTo("out");
    assertThat(all.get(2).getAsJsonObject().get("base64").getAsString()).isEqualTo("CQg=");
  }

  @Test
  void readsFilterByConnectionDirectionAndSince() {
    TestSocket one = connect("/one", 1);
    TestSocket two = connect("/two", 2);
    // Frames of different connections have no order between them until one is known to have
    // arrived.
    one.send("a");
    awaitFrame("{\"match\":{\"equals\":\"a\"}}");
    two.send("b");
    awaitFrame("{\"match\":{\"equals\":\"b\"}}");
    one.send("c");
    awaitFrame("{\"match\":{\"equals\":\"c\"}}");

    assertThat(frames("?connection=c1")).hasSize(2);
    assertThat(frames("?direction=out")).isEmpty();
    long b = frames("?connection=c2").get(0).getAsJsonObject().get("seq").getAsLong();
    assertThat(frames("?since=" + b))
        .singleElement()
        .satisfies(c -> assertThat(c.getAsJsonObject().get("text").getAsString()).isEqualTo("c"));
    assertThat(control.get("frames?direction=sideways").status()).isEqualTo(400);
    assertThat(control.get("frames?connection=c99").status())
        .as("an unknown connection is named, not ignored")
        .isEqualTo(404);
    assertThat(control.get("frames?connection=c99").message()).contains("c99").contains("[c1, c2]");
    assertThat(control.get("frames?conection=c1").message())
        .as("a typo in a parameter is named")
        .contains("'conection'")
        .contains("connection, direction, since");
  }

  @Test
  void awaitReturnsAFrameThatArrivesLater() throws Exception {
    TestSocket client = connect("/payments", 1);
    CompletableFuture<JsonObject> waiting =
        CompletableFuture.supplyAsync(
            () ->
                awaitFrame(
                    "{\"match\":{\"jsonSubset\":{\"initiate_payment\":\"credit_card\"}},\"timeoutMs\":5000}"));
    client.send("{\"initiate_payment\":true}");
    client.send("{\"order_id\":7,\"initiate_payment\":\"credit_card\",\"extra\":[1]}");
    assertThat(waiting.get().get("text").getAsString()).contains("\"order_id\":7");
  }

  @Test
  void awaitSkipsFramesAtOrBeforeSince() {
    TestSocket client = connect("/payments", 1);
    client.send("same");
    client.send("same");
    long first = awaitFrame("{\"match\":{\"equals\":\"same\"}}").get("seq").getAsLong();
    long second =
        awaitFrame("{\"match\":{\"equals\":\"same\"},\"since\":" + first + "}")
            .get("seq")
            .getAsLong();
    assertThat(second).isEqualTo(first + 1);
    assertThat(frames("")).hasSize(2);
  }

  @Test
  void everyMatchKindSelectsTheRightFrame() {
    TestSocket client = connect("/payments", 1);
    client.send("plain text 123");
    client.send("{\"a\":{\"b\":1,\"c\":[1,{\"d\":2}]},\"e\":true}");
    client.sendBinary("bytes".getBytes(StandardCharsets.UTF_8));

    assertThat(found("{\"equals\":\"plain text 123\"}")).isEqualTo("text:plain text 123");
    assertThat(found("{\"contains\":\"text\"}")).isEqualTo("text:plain text 123");
    assertThat(found("{\"regex\":\"plain.*\\\\d+\"}")).isEqualTo("text:plain text 123");
    assertThat(found("{\"json\":{\"e\":true,\"a\":{\"c\":[1,{\"d\":2}],\"b\":1}}}"))
        .as("key order ignored")
        .startsWith("text:{\"a\"");
    assertThat(found("{\"jsonSubset\":{\"a\":{\"c\":[1,{}]}}}")).startsWith("text:{\"a\"");
    String base64 = Base64.getEncoder().encodeToString("bytes".getBytes(StandardCharsets.UTF_8));
    assertThat(found("{\"base64\":\"" + base64 + "\"}")).isEqualTo("binary:" + base64);
  }

  @Test
  void matchesThatShouldNotFitDoNot() {
    TestSocket client = connect("/payments", 1);
    client.send("{\"a\":[1,2]}");
    awaitFrame("{}");
    assertThat(timesOut("{\"regex\":\"a\"}")).as("regex is a full match").isTrue();
    assertThat(timesOut("{\"jsonSubset\":{\"a\":[1]}}"))
        .as("arrays must have the same length")
        .isTrue();
    assertThat(timesOut("{\"json\":{\"a\":[2,1]}}")).isTrue();
    assertThat(timesOut("{\"base64\":\"AA==\"}")).as("base64 never fits text").isTrue();
  }

  @Test
  void timeoutMessageSaysWhatWasAwaitedAndWhatArrived() {
    TestSocket client = connect("/payments", 1);
    client.send("{\"initiate_payment\":true}");
    awaitFrame("{}");
    control.post("connections/c1/send", "{\"text\":\"pushed\"}");
    client.nextText();

    ControlHttp.Answer answer =
        control.post(
            "frames/await", "{\"match\":{\"contains\":\"credit_card\"},\"timeoutMs\":100}");
    assertThat(answer.status()).as("a status no HTTP client repeats on its own").isEqualTo(422);
    assertThat(answer.error()).isEqualTo("timeout");
    assertThat(answer.message())
        .contains("matching {\"contains\":\"credit_card\"}")
        .contains("within 100 ms")
        .containsPattern(
            "#\\d+ c1 in text \\{\"initiate_payment\":true}; #\\d+ c1 out text pushed");
  }

  @Test
  void pingIsSentAndThePongJournaled() {
    connect("/payments", 1);
    assertThat(control.post("connections/c1/ping", "{\"base64\":\"cGluZw==\"}").status())
        .isEqualTo(200);
    JsonObject pong = awaitFrame("{\"type\":\"pong\"}");
    assertThat(pong.get("base64").getAsString()).isEqualTo("cGluZw==");
    assertThat(frames("?direction=out").get(0).getAsJsonObject().get("type").getAsString())
        .isEqualTo("ping");
  }

  @Test
  void clientPingIsAnsweredAndBothJournaled() {
    TestSocket client = connect("/payments", 1);
    client.socket().sendPing(ByteBuffer.wrap(new byte[] {7})).join();
    assertThat(awaitFrame("{\"type\":\"ping\"}").get("base64").getAsString()).isEqualTo("Bw==");
    assertThat(awaitFrame("{\"type\":\"pong\",\"direction\":\"out\"}").get("base64").getAsString())
        .isEqualTo("Bw==");
  }

  @Test
  void largeMessagesUpToTheLimitArriveWhole() {
    TestSocket client = connect("/payments", 1);
    String big = "x".repeat(3 * 1024 * 1024);
    client.send(big);
    assertThat(awaitFrame("{}").get("text").getAsString()).hasSize(big.length());
    assertThat(logText())
        .as("the log truncates payloads")
        .contains("...(" + big.length() + " chars)");
  }

  /** The type and payload of the first frame that fits. */
  private String found(String match) {
    JsonObject frame = awaitFrame("{\"type\":null,\"match\":" + match + ",\"timeoutMs\":2000}");
    String type = frame.get("type").getAsString();
    return type
        + ":"
        + (type.equals("text")
            ? frame.get("text").getAsString()
            : frame.get("base64").getAsString());
  }

  private boolean timesOut(String match) {
    return control.post("frames/await", "{\"match\":" + match + ",\"timeoutMs\":50}").status()
        == 422;
  }
}
