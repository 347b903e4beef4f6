package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Match;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;

/**
 * Nothing from before a reset appears after it: not frames, not transcript lines, not connection
 * records, and an id never names two connections between two resets. Thousands of rounds of
 * close-then-reset, because the defect this guards against showed in a few rounds per hundred.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ResetIsolationTest extends EmbeddedServer {
  private static final int ROUNDS = 2_400;

  /** How the connection of a round ends before the reset. */
  private enum Ending {
    CLOSED_BY_THE_CONTROL_API,
    CLOSED_BY_A_STUB_REPLY,
    CLOSED_BY_THE_CLIENT,
    DROPPED_BY_THE_CONTROL_API,
    CLOSED_WITHOUT_STATUS,
    RESET_TCP
  }

  @Override
  ServerSettings settings() {
    // A start-up stub, so that it survives every reset.
    return ServerSettings.builder()
        .stub(Stub.onMessage(Match.equalTo("bye")).reply(Reply.close(4000, "")))
        .build();
  }

  @Test
  void aClosedConnectionLeavesNothingBehindAReset() {
    Map<String, Integer> leaks = new LinkedHashMap<>();
    TestSocket client = connectAsC1();
    for (int round = 0; round < ROUNDS; round++) {
      Ending ending = Ending.values()[round % Ending.values().length];
      boolean closeConnections = (round / Ending.values().length) % 2 == 1;
      end(client, ending);

      long resetSeq =
          control
              .post("reset", "{\"closeConnections\":" + closeConnections + "}")
              .json()
              .getAsJsonObject()
              .get("seq")
              .getAsLong();
      client = connectAsC1();
      String leak = leakAfter(resetSeq);
      if (leak != null) {
        leaks.merge(
            ending + (closeConnections ? " + closeConnections" : "") + ": " + leak,
            1,
            Integer::sum);
      }
    }
    assertThat(leaks)
        .as("rounds in which something from before the reset appeared after it")
        .isEmpty();
  }

  private void end(TestSocket client, Ending ending) {
    switch (ending) {
      case CLOSED_BY_THE_CONTROL_API -> control.post("connections/c1/close", "{\"code\":4001}");
      case CLOSED_BY_A_STUB_REPLY -> client.send("bye");
      case CLOSED_BY_THE_CLIENT -> client.close(1000, "done");
      case DROPPED_BY_THE_CONTROL_API -> control.post("connections/c1/drop", "");
      case CLOSED_WITHOUT_STATUS -> control.post("connections/c1/close", "{\"noStatus\":true}");
      case RESET_TCP -> control.post("connections/c1/tcp-reset", "");
    }
    // The client has seen the whole end of the connection before the test goes on, as a test would.
    try {
      client.awaitClosed();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "the client did not see the end of the connection "
              + ending
              + ": "
              + control.get("transcript").body(),
          e);
    }
  }

  /** Connects a client that must be the only connection listed, named c1. */
  private TestSocket connectAsC1() {
    TestSocket client = TestSocket.connect(ws("/payments"));
    JsonArray opened = control.get("connections/await").json().getAsJsonArray();
    String id = opened.get(0).getAsJsonObject().get("id").getAsString();
    if (!id.equals("c1")) {
      throw new AssertionError(
          "the new connection is " + id + ", not c1; listed: " + control.get("connections").body());
    }
    return client;
  }

  /** What, if anything, of the time before the reset shows after it; null when nothing does. */
  private String leakAfter(long resetSeq) {
    List<String> found = new ArrayList<>();
    JsonArray connections = control.get("connections").json().getAsJsonArray();
    if (connections.size() != 1
        || !connections.get(0).getAsJsonObject().get("state").getAsString().equals("OPEN")) {
      found.add("connections " + connections);
    }
    if (control.get("connections/c1/closed?timeoutMs=0").status() != 422) {
      found.add("c1 counts as closed");
    }
    for (String line : control.get("transcript").body().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject event = JsonParser.parseString(line).getAsJsonObject();
      JsonElement data = event.get("data");
      boolean ownOpening =
          event.get("kind").getAsString().equals("open")
              && data.getAsJsonObject().get("seq").getAsLong() > resetSeq;
      if (!ownOpening || event.get("seq").getAsLong() <= resetSeq) {
        found.add("transcript " + line);
      }
    }
    return found.isEmpty() ? null : String.join("; ", found);
  }
}
