package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class JournalLimitTest extends EmbeddedServer {
  @Override
  ServerSettings settings() {
    return ServerSettings.builder().journalLimit(100).build();
  }

  @Test
  void oldestEntriesAreEvictedCountedAndLoggedNeverSilentlyLost() {
    TestSocket client = connect("/payments", 1);
    for (int n = 1; n <= 150; n++) {
      client.send("frame " + n);
    }
    awaitFrame("{\"match\":{\"equals\":\"frame 150\"}}");

    JsonObject journal = control.get("health").json().getAsJsonObject().getAsJsonObject("journal");
    long entries = journal.get("entries").getAsLong();
    long evicted = journal.get("evicted").getAsLong();
    assertThat(entries).isLessThanOrEqualTo(100);
    assertThat(evicted).isPositive();
    assertThat(entries + evicted)
        .as("every frame (and the opening) is either kept or counted as evicted")
        .isEqualTo(151);

    JsonArray kept = frames("");
    assertThat(kept).hasSize((int) entries);
    assertThat(kept.get(0).getAsJsonObject().get("seq").getAsLong()).isEqualTo(evicted + 1);
    assertThat(kept.get(kept.size() - 1).getAsJsonObject().get("text").getAsString())
        .isEqualTo("frame 150");
    assertThat(frames("?since=141")).as("the opening was #1, so frame n is #n+1").hasSize(10);
    assertThat(logText()).contains("journal limit of 100 entries reached");
  }
}
