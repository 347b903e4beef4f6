package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockpayments.testsupport.TestSocket;

class ResetTest extends EmbeddedServer {
  @TempDir static Path dir;

  @Override
  ServerSettings settings() {
    try {
      Path stubs = dir.resolve("stubs.json");
      Files.writeString(
          stubs,
          "[{\"on\":\"message\",\"match\":{\"equals\":\"ping\"},\"reply\":[{\"text\":\"pong\"}]}]");
      return ServerSettings.builder().stubsFile(stubs).build();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void stubsFromTheFileAnswerFromTheStart() {
    TestSocket client = connect("/payments", 1);
    client.send("ping");
    assertThat(client.nextText()).isEqualTo("pong");
  }

  @Test
  void resetClearsTheJournalAndRestoresFileStubs() {
    control.delete("stubs");
    control.post("stubs", "{\"on\":\"message\",\"reply\":[{\"text\":\"added\"}]}");
    TestSocket client = connect("/payments", 1);
    client.send("x");
    client.nextText();

    assertThat(control.post("reset", "").status()).isEqualTo(200);
    assertThat(frames("")).isEmpty();
    assertThat(control.get("stubs").json().getAsJsonArray()).hasSize(1);
    assertThat(
            control
                .get("stubs")
                .json()
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .get("fired")
                .getAsInt())
        .isZero();

    client.send("ping");
    assertThat(client.nextText()).isEqualTo("pong");
    long resetSeq = control.post("reset", "").json().getAsJsonObject().get("seq").getAsLong();
    client.send("ping");
    assertThat(client.nextText()).isEqualTo("pong");
    assertThat(awaitFrame("{}").get("seq").getAsLong())
        .as("numbering goes on after the reset")
        .isGreaterThan(resetSeq);
    assertThat(control.get("connections").json().getAsJsonArray())
        .as("open connections stay listed")
        .hasSize(1);
  }

  @Test
  void resetForgetsClosedConnectionsAndAwaitCountsAnew() {
    TestSocket first = connect("/payments", 1);
    connect("/payments", 2);
    control.post("connections/c1/close", "");
    first.awaitClosed();
    awaitFrame("{\"type\":\"close\"}");

    control.post("reset", "{}");
    assertThat(control.get("connections").json().getAsJsonArray()).hasSize(1);
    assertThat(control.get("connections/await?timeoutMs=50").status())
        .as("no connection opened since the reset")
        .isEqualTo(422);
    TestSocket.connect(ws("/again"));
    assertThat(control.get("connections/await").json().getAsJsonArray())
        .as("the connections opened since the reset; c2 is still listed, so ids go on")
        .singleElement()
        .satisfies(c -> assertThat(c.getAsJsonObject().get("id").getAsString()).isEqualTo("c3"));
  }

  @Test
  void resetWithCloseConnectionsClosesThemWith1001AndRestartsIds() {
    TestSocket first = connect("/payments", 1);
    TestSocket second = connect("/payments", 2);
    assertThat(control.post("reset", "{\"closeConnections\":true}").status()).isEqualTo(200);
    assertThat(first.awaitClosed().code()).isEqualTo(1001);
    assertThat(second.awaitClosed().code()).isEqualTo(1001);
    assertThat(control.get("connections").json().getAsJsonArray()).isEmpty();

    TestSocket.connect(ws("/payments"));
    assertThat(
            control
                .get("connections/await")
                .json()
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .get("id")
                .getAsString())
        .isEqualTo("c1");
  }
}
