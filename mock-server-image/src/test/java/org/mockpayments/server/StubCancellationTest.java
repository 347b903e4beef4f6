package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.TestSocket;

/**
 * A stub's replies that are still waiting for their delay go when the stub, the connection or the
 * journal does.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StubCancellationTest extends EmbeddedServer {
  /** Ten replies, 60 ms apart. */
  private static final String STREAM =
      "{\"on\":\"message\",\"match\":{\"equals\":\"go\"},\"reply\":["
          + String.join(",", Collections.nCopies(10, "{\"text\":\"tick\",\"delayMs\":60}"))
          + "]}";

  @Test
  void removingTheStubStopsItsRepliesAtOnce() {
    String id = control.post("stubs", STREAM).json().getAsJsonObject().get("id").getAsString();
    TestSocket client = connect("/payments", 1);
    client.send("go");
    assertThat(client.nextText()).isEqualTo("tick");

    assertThat(control.delete("stubs/" + id).status()).isEqualTo(204);
    int ticks = ticksJournaled();
    assertThat(
            control
                .post(
                    "frames/await",
                    "{\"direction\":\"out\",\"since\":" + lastSeq() + ",\"timeoutMs\":400}")
                .status())
        .as("no reply after the 204")
        .isEqualTo(422);
    assertThat(ticksJournaled()).isEqualTo(ticks).isLessThan(10);
  }

  @Test
  void removingAllStubsStopsTheirReplies() {
    control.post("stubs", STREAM);
    TestSocket client = connect("/payments", 1);
    client.send("go");
    assertThat(client.nextText()).isEqualTo("tick");

    control.delete("stubs");
    long after = lastSeq();
    assertThat(
            control
                .post(
                    "frames/await",
                    "{\"direction\":\"out\",\"since\":" + after + ",\"timeoutMs\":400}")
                .status())
        .isEqualTo(422);
  }

  @Test
  void aResetStopsThemAndNoneLandsInTheFreshJournal() {
    control.post("stubs", STREAM);
    TestSocket client = connect("/payments", 1);
    client.send("go");
    assertThat(client.nextText()).isEqualTo("tick");

    control.post("reset", "");
    assertThat(control.post("frames/await", "{\"direction\":\"out\",\"timeoutMs\":400}").status())
        .as("no reply of the stub after the reset")
        .isEqualTo(422);
    assertThat(frames("")).isEmpty();
  }

  @Test
  void aClosedConnectionGetsNoMoreAttempts() {
    control.post("stubs", STREAM);
    TestSocket client = connect("/payments", 1);
    client.send("go");
    assertThat(client.nextText()).isEqualTo("tick");

    client.close(1000, "bye");
    control.get("connections/c1/closed");
    // Long enough for every remaining reply to have been due: none is attempted.
    assertThat(
            control
                .post(
                    "frames/await",
                    "{\"direction\":\"out\",\"type\":\"text\",\"since\":"
                        + lastSeq()
                        + ",\"timeoutMs\":700}")
                .status())
        .isEqualTo(422);
    assertThat(logText()).doesNotContain("could not reply on c1");
  }

  private int ticksJournaled() {
    return frames("?direction=out").size();
  }

  private long lastSeq() {
    return control.get("health").json().getAsJsonObject().get("seq").getAsLong();
  }
}
