package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class ClientsAndTranscriptTest extends EmbeddedServer {
  @Test
  void connectionsAreGroupedByTheClientIdentityWithTheirIntervals() {
    for (int i = 0; i < 3; i++) {
      TestSocket client = connect("/payments?order=o-1", 1 + i);
      control.post("connections/latest/drop", "");
      client.awaitClosed();
    }
    TestSocket.connect(ws("/payments?order=o-2"), "X-Client", "shop-7");

    JsonArray byOrder = control.get("clients?identity=query:order").json().getAsJsonArray();
    assertThat(byOrder).hasSize(2);
    JsonObject first = byOrder.get(0).getAsJsonObject();
    assertThat(first.get("identity").getAsString()).isEqualTo("o-1");
    assertThat(first.get("connections").getAsInt()).isEqualTo(3);
    assertThat(first.getAsJsonArray("intervalsMs")).hasSize(2);
    assertThat(first.getAsJsonArray("ids").toString()).isEqualTo("[\"c1\",\"c2\",\"c3\"]");

    JsonArray byHeader = control.get("clients?identity=header:x-client").json().getAsJsonArray();
    assertThat(byHeader)
        .singleElement()
        .satisfies(
            client ->
                assertThat(client.getAsJsonObject().get("identity").getAsString())
                    .isEqualTo("shop-7"));
    assertThat(control.get("clients?identity=cookie:x").status()).isEqualTo(400);
    assertThat(control.get("clients").status()).isEqualTo(400);
  }

  @Test
  void theTranscriptTellsTheWholeConversationInOrder() {
    control.post("handshake-rejections", "{\"status\":503,\"times\":1}");
    try {
      TestSocket.connect(ws("/payments"));
    } catch (RuntimeException refused) {
      // The first attempt is refused on purpose.
    }
    TestSocket client = connect("/payments", 1);
    client.send("hello");
    awaitFrame("{}");
    control.post("connections/c1/close", "");
    control.get("connections/c1/closed");

    ControlHttp.Answer transcript = control.get("transcript");
    assertThat(transcript.contentType()).isEqualTo("application/x-ndjson");
    List<String> kinds = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    for (String line : transcript.body().split("\n")) {
      JsonObject event = JsonParser.parseString(line).getAsJsonObject();
      kinds.add(event.get("kind").getAsString());
      seqs.add(event.get("seq").getAsLong());
    }
    assertThat(kinds)
        .as("refused, opened, hello, the mock's close, the client's echo, closed")
        .containsExactly("rejected", "open", "frame", "frame", "frame", "closed");
    assertThat(seqs).as("numbered in the order it happened").isSorted().doesNotHaveDuplicates();
    assertThat(transcript.body()).contains("\"text\":\"hello\"");
  }

  @Test
  void theTranscriptSinceASeqHoldsOnlyWhatCameAfter() {
    TestSocket client = connect("/payments", 1);
    client.send("before");
    awaitFrame("{}");
    long mark = control.get("health").json().getAsJsonObject().get("seq").getAsLong();
    client.send("after");
    awaitFrame("{\"match\":{\"equals\":\"after\"}}");

    String since = control.get("transcript?since=" + mark).body();
    assertThat(since)
        .contains("\"text\":\"after\"")
        .doesNotContain("before")
        .doesNotContain("\"kind\":\"open\"");
    assertThat(since.split("\n"))
        .singleElement()
        .satisfies(
            line ->
                assertThat(JsonParser.parseString(line).getAsJsonObject().get("seq").getAsLong())
                    .isEqualTo(mark + 1));
  }
}
