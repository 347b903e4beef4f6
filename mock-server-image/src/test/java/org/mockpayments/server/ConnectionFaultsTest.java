package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/**
 * The faults that break real clients: no close status, a TCP reset, a frozen peer, missing pongs,
 * latency.
 */
class ConnectionFaultsTest extends EmbeddedServer {
  @Test
  void closeWithoutAStatusIsSeenAs1005() {
    TestSocket client = connect("/payments", 1);
    assertThat(control.post("connections/c1/close", "{\"noStatus\":true}").status()).isEqualTo(200);
    assertThat(client.awaitClosed().code()).isEqualTo(1005);
    assertThat(control.post("connections/c1/close", "{\"noStatus\":true,\"code\":1000}").status())
        .as("a code with noStatus is a contradiction")
        .isEqualTo(400);
  }

  @Test
  void tcpResetBreaksTheConnectionAtOnce() {
    TestSocket client = connect("/payments", 1);
    assertThat(
            control
                .post("connections/c1/tcp-reset", "")
                .json()
                .getAsJsonObject()
                .get("reset")
                .getAsInt())
        .isEqualTo(1);
    assertThat(client.awaitClosed().code()).isEqualTo(1006);
    assertThat(
            control
                .get("connections/c1/closed")
                .json()
                .getAsJsonObject()
                .get("closeCode")
                .getAsInt())
        .isEqualTo(1006);
  }

  @Test
  void aFrozenConnectionNeitherReadsNorWritesUntilReleased() throws Exception {
    TestSocket client = connect("/payments", 1);
    assertThat(control.post("connections/c1/freeze", "").status()).isEqualTo(200);

    client.send("sent while frozen");
    CompletableFuture<ControlHttp.Answer> push =
        CompletableFuture.supplyAsync(
            () -> control.post("connections/c1/send", "{\"text\":\"pushed while frozen\"}"));
    assertThat(control.post("frames/await", "{\"timeoutMs\":300}").status())
        .as("nothing is read")
        .isEqualTo(422);
    assertThat(push).as("the push waits").isNotDone();

    assertThat(control.post("connections/c1/release", "").status()).isEqualTo(200);
    assertThat(push.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(client.nextText()).isEqualTo("pushed while frozen");
    assertThat(awaitFrame("{}").get("text").getAsString()).isEqualTo("sent while frozen");
  }

  @Test
  void automaticPongsCanBeTurnedOff() {
    TestSocket client = connect("/payments", 1);
    control.post("connections/c1/pongs", "{\"auto\":false}");
    client.socket().sendPing(ByteBuffer.wrap(new byte[] {1})).join();
    awaitFrame("{\"type\":\"ping\"}");
    assertThat(
            control
                .post("frames/await", "{\"type\":\"pong\",\"direction\":\"out\",\"timeoutMs\":300}")
                .status())
        .as("no pong goes out")
        .isEqualTo(422);

    control.post("connections/c1/pongs", "{\"auto\":true}");
    client.socket().sendPing(ByteBuffer.wrap(new byte[] {2})).join();
    assertThat(awaitFrame("{\"type\":\"pong\",\"direction\":\"out\"}").get("base64").getAsString())
        .isEqualTo("Ag==");
  }

  @Test
  void pongsToTheMocksPingsCarryTheRoundTrip() {
    connect("/payments", 1);
    control.post("connections/c1/ping", "");
    JsonObject pong = awaitFrame("{\"type\":\"pong\"}");
    assertThat(pong.get("rttMs").getAsDouble()).isGreaterThanOrEqualTo(0).isLessThan(1000);
  }

  @Test
  void latencyDelaysEverythingPushedInOrder() {
    TestSocket client = connect("/payments", 1);
    control.post("connections/c1/latency", "{\"delayMs\":150}");
    long start = System.nanoTime();
    CompletableFuture.runAsync(() -> control.post("connections/c1/send", "{\"text\":\"one\"}"));
    CompletableFuture.runAsync(() -> control.post("connections/c1/send", "{\"text\":\"two\"}"));
    String first = client.nextText();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    String second = client.nextText();
    // A lower bound on a delay the mock adds: load can only lengthen it, so it cannot fail a slow
    // run.
    assertThat(elapsedMs).isGreaterThanOrEqualTo(150);
    assertThat(Set.of(first, second)).containsExactlyInAnyOrder("one", "two");

    control.post("connections/c1/latency", "{\"delayMs\":0}");
    control.post("connections/c1/send", "{\"text\":\"a\"}");
    control.post("connections/c1/send", "{\"text\":\"b\"}");
    assertThat(client.nextText()).isEqualTo("a");
    assertThat(client.nextText()).isEqualTo("b");
  }
}
