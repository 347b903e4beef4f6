package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/**
 * A client that stops reading fails its own pushes after the write timeout and holds up nobody
 * else.
 */
class SlowReaderTest extends EmbeddedServer {
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

  @Override
  ServerSettings settings() {
    return ServerSettings.builder().writeTimeout(WRITE_TIMEOUT).build();
  }

  @Test
  void pushToAClientThatDoesNotReadFailsWithA409AndOthersGoOn() throws IOException {
    try (RawSocket stuck = new RawSocket(server.webSocketPort())) {
      stuck.upgrade("/stuck");
      TestSocket healthy = connect("/healthy", 2);
      String megabyte = "{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}";

      ControlHttp.Answer answer = null;
      for (int push = 0; push < 64; push++) {
        answer = control.post("connections/c1/send", megabyte);
        if (answer.status() != 200) {
          break;
        }
      }
      assertThat(answer.status())
          .as("once the socket buffers are full; a status no client repeats")
          .isEqualTo(409);
      assertThat(answer.error()).isEqualTo("write_timeout");
      assertThat(answer.message())
          .contains("c1")
          .contains("not reading")
          .contains("is in the journal");

      long start = System.nanoTime();
      assertThat(control.post("connections/c2/send", "{\"text\":\"unaffected\"}").status())
          .isEqualTo(200);
      assertThat(healthy.nextText()).isEqualTo("unaffected");
      assertThat(control.get("health").status()).isEqualTo(200);
      // Held up behind the stuck client, these would wait out its write timeout; on their own they
      // take milliseconds, so the write timeout itself is the bound.
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("time for the healthy client and the API")
          .isLessThan(WRITE_TIMEOUT);
    }
  }

  @Test
  void aPushToAFrozenConnectionTimesOutAndGoesOutIntoTheJournalOnRelease() {
    TestSocket client = connect("/payments", 1);
    control.post("connections/c1/freeze", "");

    ControlHttp.Answer answer = control.post("connections/c1/send", "{\"text\":\"held\"}");
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.error()).isEqualTo("write_timeout");
    assertThat(answer.message())
        .contains("c1 is frozen")
        .contains("goes out, into the journal too, when the connection is released");
    assertThat(frames("?direction=out")).as("not journaled while it is not sent").isEmpty();

    control.post("connections/c1/release", "");
    assertThat(client.nextText()).isEqualTo("held");
    assertThat(frames("?direction=out"))
        .singleElement()
        .satisfies(
            frame ->
                assertThat(frame.getAsJsonObject().get("text").getAsString()).isEqualTo("held"));
  }
}
