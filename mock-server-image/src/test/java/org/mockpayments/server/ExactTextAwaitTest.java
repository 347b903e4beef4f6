package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/**
 * An {@code equals} await passes over entries by a key of their text, not by reading each: these
 * hold it to what reading every entry finds, through evictions, a reset, binary frames and a
 * framing's messages.
 */
class ExactTextAwaitTest extends EmbeddedServer {
  @Override
  ServerSettings settings() {
    return ServerSettings.builder().journalLimit(100).build();
  }

  @Test
  void anEqualsAwaitFindsItsFrameAfterEvictionsAndAfterAReset() {
    TestSocket client = connect("/payments", 1);
    for (int n = 1; n <= 150; n++) {
      client.send("frame " + n);
    }
    awaitFrame("{\"match\":{\"equals\":\"frame 150\"}}");

    assertThat(awaitFrame("{\"match\":{\"equals\":\"frame 120\"},\"timeoutMs\":2000}").get("seq"))
        .as("the opening was #1, so frame n is #n+1, whatever was evicted before it")
        .hasToString("121");
    assertThat(
            control.post("frames/await", "{\"match\":{\"equals\":\"frame 5\"},\"timeoutMs\":100}"))
        .as("an evicted frame is gone")
        .extracting(ControlHttp.Answer::status)
        .isEqualTo(422);

    long reset = control.post("reset", "").json().getAsJsonObject().get("seq").getAsLong();
    client.send("frame 150");
    long afterReset = awaitFrame("{\"match\":{\"equals\":\"frame 150\"}}").get("seq").getAsLong();
    assertThat(reset).as("frame 150 was #151").isEqualTo(151);
    assertThat(afterReset)
        .as("the frame sent after the reset, not the one before")
        .isGreaterThan(reset);
    assertThat(
            control.post(
                "frames/await", "{\"match\":{\"equals\":\"frame 120\"},\"timeoutMs\":100}"))
        .extracting(ControlHttp.Answer::status)
        .isEqualTo(422);
  }

  @Test
  void anEqualsAwaitTellsLongTextsApartThatDifferOnlyInTheMiddle() {
    TestSocket client = connect("/payments", 1);
    String ends = "x".repeat(300);
    client.send(ends + "A" + ends);
    client.send(ends + "B" + ends);
    JsonObject found =
        awaitFrame("{\"match\":{\"equals\":\"" + ends + "B" + ends + "\"},\"timeoutMs\":2000}");
    assertThat(found.get("text").getAsString()).isEqualTo(ends + "B" + ends);
  }

  @Test
  void anEqualsAwaitReadsABinaryFrameAsItsText() {
    TestSocket client = connect("/payments", 1);
    client.send("text first");
    client.sendBinary("pay".getBytes(StandardCharsets.UTF_8));
    assertThat(
            awaitFrame("{\"match\":{\"equals\":\"pay\",\"type\":\"binary\"},\"timeoutMs\":2000}"))
        .extracting(frame -> frame.get("type").getAsString())
        .isEqualTo("binary");
  }

  @Test
  void anEqualsAwaitReadsTheMessagesAFramingCutAFrameInto() {
    control.post("stubs", "{\"on\":\"connect\",\"framing\":{\"separator\":\"\\u001e\"}}");
    TestSocket client = connect("/hub", 1);
    client.send("first\u001esecond\u001e");
    assertThat(awaitFrame("{\"match\":{\"equals\":\"second\"},\"timeoutMs\":2000}"))
        .as("the frame that completed the message 'second'")
        .extracting(frame -> frame.get("text").getAsString())
        .isEqualTo("first\u001esecond\u001e");
  }
}
