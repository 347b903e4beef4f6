package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/**
 * One rule for {@code type} in awaits: the filter's type carries into the match unless the match
 * names its own, a contradiction is a 400 that says why, and a timeout names the types it read.
 */
class AwaitTypeRuleTest extends EmbeddedServer {
  @Test
  void theFiltersTypeCarriesIntoAMatchWithoutOne() {
    TestSocket client = connect("/stomp", 1);
    client.sendBinary("SEND\ndestination:/queue/a\n\nhi\0".getBytes(StandardCharsets.UTF_8));

    ControlHttp.Answer answer =
        control.post(
            "frames/await",
            "{\"type\":\"binary\",\"match\":{\"regex\":\"(?s)SEND\\n.*\"},\"timeoutMs\":2000}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getAsJsonObject().get("type").getAsString()).isEqualTo("binary");
  }

  @Test
  void aMatchThatNamesTheOtherTypeIsRefusedAtOnce() {
    ControlHttp.Answer answer =
        control.post(
            "frames/await",
            "{\"type\":\"text\",\"match\":{\"type\":\"binary\",\"hexPrefix\":\"00\"},"
                + "\"timeoutMs\":5000}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message())
        .contains("'type' in 'match' is 'binary', but the filter's 'type' is 'text'")
        .contains("no frame is both");
  }

  @Test
  void aMatchOfTypeAnyNarrowsToTheFiltersType() {
    TestSocket client = connect("/payments", 1);
    client.send("SEND text");
    client.sendBinary("SEND bytes".getBytes(StandardCharsets.UTF_8));

    ControlHttp.Answer answer =
        control.post(
            "frames/await",
            "{\"type\":\"binary\",\"match\":{\"type\":\"any\",\"contains\":\"SEND\"},"
                + "\"timeoutMs\":2000}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getAsJsonObject().get("type").getAsString()).isEqualTo("binary");
  }

  @Test
  void conditionsOnFramesWithoutPayloadAreRefused() {
    ControlHttp.Answer answer =
        control.post(
            "frames/await", "{\"type\":\"close\",\"match\":{\"contains\":\"x\"},\"timeoutMs\":50}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("'close', a frame with no text or bytes to match");
  }

  @Test
  void aTimeoutNamesOnlyTheTypesItRead() {
    TestSocket client = connect("/payments", 1);
    client.sendBinary(new byte[] {1, 2});
    long seq = awaitFrame("{\"type\":\"binary\"}").get("seq").getAsLong();

    ControlHttp.Answer textOnly =
        control.post("frames/await", "{\"match\":{\"contains\":\"x\"},\"timeoutMs\":50}");
    assertThat(textOnly.status()).isEqualTo(422);
    assertThat(textOnly.message()).startsWith("No text frame ").doesNotContain("text or binary");

    ControlHttp.Answer anything =
        control.post("frames/await", "{\"since\":" + seq + ",\"timeoutMs\":50}");
    assertThat(anything.message()).startsWith("No text or binary frame ");
  }
}
