package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class FramesTest extends EmbeddedServer {
  @Test
  void pushesTextJsonAndBinaryFrames() {
    TestSocket client = connect("/payments", 1);
    assertThat(control.post("connections/c1/send", "{\"text\":\"hello\"}").json().getAsJsonObject().get("sent").getAsInt())
        .isEqualTo(1);
    control.post("connections/c1/send", "{\"json\": {\"b\": [1, 2], \"a\": null}}");
    control.post("connections/c1/send", "{\"binary\":\"AAEC\"}");

    assertThat(client.nextText()).isEqualTo("hello");
    assertThat(client.nextText()).as("JSON is sent compactly").isEqualTo("{\"b\":[1,2],\"a\":null}");
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
    assertThat(first.get("seq").getAsLong()).isEqualTo(1);
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
    one.send("a");
    two.send("b");
    one.send("c");
    awaitFrame("{\"match\":{\"equals\":\"b\"}}");
    awaitFrame("{\"match\":{\"equals\":\"c\"}}");

    assertThat(frames("?connection=c1")).hasSize(2);
    assertThat(frames("?direction=out")).isEmpty();
    assertThat(frames("?since=2")).hasSize(1);
    assertThat(control.get("frames?direction=sideways").status()).isEqualTo(400);
  }

  @Test
  void awaitReturnsAFrameThatArrivesLater() throws Exception {
    TestSocket client = connect("/payments", 1);
    CompletableFuture<JsonObject> waiting = CompletableFuture.supplyAsync(
        () -> awaitFrame("{\"match\":{\"jsonSubset\":{\"initiate_payment\":\"credit_card\"}},\"timeoutMs\":5000}"));
    client.send("{\"initiate_payment\":true}");
    client.send("{\"order_id\":7,\"initiate_payment\":\"credit_card\",\"extra\":[1]}");
    assertThat(waiting.get().get("seq").getAsLong()).isEqualTo(2);
  }

  @Test
  void awaitSkipsFramesAtOrBeforeSince() {
    TestSocket client = connect("/payments", 1);
    client.send("same");
    client.send("same");
    assertThat(awaitFrame("{\"match\":{\"equals\":\"same\"}}").get("seq").getAsLong()).isEqualTo(1);
    assertThat(awaitFrame("{\"match\":{\"equals\":\"same\"},\"since\":1}").get("seq").getAsLong()).isEqualTo(2);
  }

  @Test
  void everyMatchKindSelectsTheRightFrame() {
    TestSocket client = connect("/payments", 1);
    client.send("plain text 123");
    client.send("{\"a\":{\"b\":1,\"c\":[1,{\"d\":2}]},\"e\":true}");
    client.sendBinary("bytes".getBytes(StandardCharsets.UTF_8));

    assertThat(seqOf("{\"equals\":\"plain text 123\"}")).isEqualTo(1);
    assertThat(seqOf("{\"contains\":\"text\"}")).isEqualTo(1);
    assertThat(seqOf("{\"regex\":\"plain.*\\\\d+\"}")).isEqualTo(1);
    assertThat(seqOf("{\"json\":{\"e\":true,\"a\":{\"c\":[1,{\"d\":2}],\"b\":1}}}")).as("key order ignored").isEqualTo(2);
    assertThat(seqOf("{\"jsonSubset\":{\"a\":{\"c\":[1,{}]}}}")).isEqualTo(2);
    String base64 = Base64.getEncoder().encodeToString("bytes".getBytes(StandardCharsets.UTF_8));
    assertThat(seqOf("{\"base64\":\"" + base64 + "\"}")).isEqualTo(3);
  }

  @Test
  void matchesThatShouldNotFitDoNot() {
    TestSocket client = connect("/payments", 1);
    client.send("{\"a\":[1,2]}");
    awaitFrame("{}");
    assertThat(timesOut("{\"regex\":\"a\"}")).as("regex is a full match").isTrue();
    assertThat(timesOut("{\"jsonSubset\":{\"a\":[1]}}")).as("arrays must have the same length").isTrue();
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

    ControlHttp.Answer answer = control.post("frames/await",
        "{\"match\":{\"contains\":\"credit_card\"},\"timeoutMs\":100}");
    assertThat(answer.status()).isEqualTo(408);
    assertThat(answer.message())
        .contains("matching {\"contains\":\"credit_card\"}")
        .contains("within 100 ms")
        .contains("#1 c1 in text {\"initiate_payment\":true}")
        .contains("#2 c1 out text pushed");
  }

  @Test
  void pingIsSentAndThePongJournaled() {
    connect("/payments", 1);
    assertThat(control.post("connections/c1/ping", "{\"base64\":\"cGluZw==\"}").status()).isEqualTo(200);
    JsonObject pong = awaitFrame("{\"type\":\"pong\"}");
    assertThat(pong.get("base64").getAsString()).isEqualTo("cGluZw==");
    assertThat(frames("?direction=out").get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("ping");
  }

  @Test
  void clientPingIsAnsweredAndBothJournaled() {
    TestSocket client = connect("/payments", 1);
    client.socket().sendPing(java.nio.ByteBuffer.wrap(new byte[] {7})).join();
    assertThat(awaitFrame("{\"type\":\"ping\"}").get("base64").getAsString()).isEqualTo("Bw==");
    assertThat(awaitFrame("{\"type\":\"pong\",\"direction\":\"out\"}").get("base64").getAsString()).isEqualTo("Bw==");
  }

  @Test
  void largeMessagesUpToTheLimitArriveWhole() {
    TestSocket client = connect("/payments", 1);
    String big = "x".repeat(3 * 1024 * 1024);
    client.send(big);
    assertThat(awaitFrame("{}").get("text").getAsString()).hasSize(big.length());
    assertThat(logText()).as("the log truncates payloads").contains("...(" + big.length() + " chars)");
  }

  private long seqOf(String match) {
    return awaitFrame("{\"type\":null,\"match\":" + match + ",\"timeoutMs\":2000}").get("seq").getAsLong();
  }

  private boolean timesOut(String match) {
    return control.post("frames/await", "{\"match\":" + match + ",\"timeoutMs\":50}").status() == 408;
  }
}
