package org.mockpayments.server.internal.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.Rejection;
import org.mockpayments.client.Repeat;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.Direction;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.scripting.HandshakeRejections;
import org.mockpayments.server.internal.scripting.Stubs;

/**
 * The wire contract between the Java client's builders and the server's parsers, pinned: every
 * shape the builders emit is accepted by the server, which lists it back as it was given; and a
 * frame reads the same in one line on both sides.
 */
@Timeout(10)
class WireContractTest {
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final Journal journal = new Journal(100, entry -> {}, line -> {});

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void everyStubTheBuildersMakeIsParsedAndListedBackAsItWasGiven() {
    byte[] bytes = "\u0000\u0001 bytes".getBytes(StandardCharsets.UTF_8);
    List<Stub> shapes =
        List.of(
            Stub.onMessage(Match.any()).reply(Reply.text("a")),
            Stub.onMessage(Match.equalTo("x"))
                .reply(Reply.json("{\"a\":[1,null,{\"b\":\"{{json.id}}\"}]}")),
            Stub.onMessage(Match.contains("x")).reply(Reply.binary(bytes)),
            Stub.onMessage(Match.regex("^pay (\\d+)$")).reply(Reply.close(4001, "declined")),
            Stub.onMessage(Match.json("{\"a\":1}")).reply(Reply.drop()),
            Stub.onMessage(Match.jsonSubset("{\"a\":{\"b\":[1]}}"))
                .reply(Reply.text("t").after(Duration.ofMillis(25))),
            Stub.onMessage(Match.binary(bytes)).reply(Reply.text("got bytes")),
            Stub.onConnect().reply(Reply.json("{\"hello\":true}"), Reply.text("two")),
            Stub.onMessage(Match.any())
                .reply(Reply.text("scoped"))
                .onPath("/payments")
                .times(3)
                .whenState("started")
                .thenState("paying"),
            Stub.onMessage(
                    Match.regex("42(?<ack>\\d*)(?<args>\\[.*])")
                        .jsonIn("args")
                        .and(Match.jsonSubset("[\"chat\",{}]")))
                .reply(Reply.json("[\"{{json.0}}\"]").withPrefix("43{{regex.ack}}")),
            Stub.onMessage(Match.jsonSubset("{\"method\":\"a\"}").and(Match.jsonHas("id")))
                .reply(Reply.json("{\"id\":\"{{json.id}}\",\"u\":\"{{uuid}}\"}")),
            Stub.onMessage(Match.contains("SEND").inBinaryFrames())
                .reply(Reply.binaryText("RECEIPT\n\n\u0000")),
            Stub.onMessage(Match.binaryStartingWith(new byte[] {1, 2}).inAnyFrames())
                .thenState("bytes"),
            Stub.onMessage(Match.jsonSubset("{\"type\":\"connection_init\"}"))
                .remember("user", "{{json.payload.user}}")
                .thenState("ready-{{var.user}}")
                .onSubprotocol("graphql-transport-ws")
                .withQueryParameter("tenant", "blue")
                .withHeader("X-Region", "eu"),
            Stub.onMessage(Match.jsonSubset("{\"type\":\"subscribe\"}"))
                .repeat(
                    Repeat.every(Duration.ofMillis(100))
                        .reply(Reply.json("{\"n\":\"{{round}}\"}"))
                        .until(Match.jsonSubset("{\"type\":\"complete\",\"id\":\"{{json.id}}\"}"))
                        .whileState("started")
                        .times(5)),
            Stub.onMessage(Match.regex("(?s)CONNECT\\n.*heart-beat:\\d+,(?<cy>\\d+).*"))
                .repeat(Repeat.every("{{regex.cy}}").reply(Reply.text("\n"))),
            Stub.onUpgrade("graphql-transport-ws", "graphql-ws").otherwiseRefuse(400, "no"),
            Stub.onUpgrade("v12.stomp").onPath("/stomp").otherwiseClose(4406, "not acceptable"));
    Stubs stubs = new Stubs(scheduler, line -> {});
    for (Stub shape : shapes) {
      JsonObject given = JsonParser.parseString(shape.toJson()).getAsJsonObject();
      JsonObject listed = JsonViews.stub(stubs.add(given));
      for (String key : given.keySet()) {
        assertThat(listed.get(key))
            .as("%s of %s, as the server lists it", key, shape)
            .isEqualTo(given.get(key));
      }
    }
  }

  @Test
  void everyRejectionTheBuildersMakeIsParsedAndListedBackAsItWasGiven() {
    HandshakeRejections rejections = new HandshakeRejections(journal);
    for (Rejection shape :
        List.of(
            Rejection.status(503),
            Rejection.status(401)
                .onPath("/payments")
                .withHeader("WWW-Authenticate", "Bearer")
                .withBody("expired")
                .times(2))) {
      JsonObject given = JsonParser.parseString(shape.toString()).getAsJsonObject();
      JsonObject listed = JsonViews.rule(rejections.add(given));
      for (Map.Entry<String, JsonElement> field : given.entrySet()) {
        assertThat(listed.get(field.getKey()))
            .as("%s of %s", field.getKey(), shape)
            .isEqualTo(field.getValue());
      }
    }
  }

  @Test
  void aFrameReadsTheSameInOneLineOnBothSides() {
    Instant at = Instant.parse("2026-11-29T12:00:00Z");
    List<Payload> payloads =
        List.of(
            new Payload.Text("{\"initiate_payment\":true}"),
            new Payload.Text("x".repeat(300)),
            new Payload.Binary(Bytes.of(new byte[] {0, 1, 2})),
            new Payload.Ping(Bytes.of(new byte[0])),
            new Payload.Pong(Bytes.of(new byte[] {7}), 1.5),
            new Payload.Close(1000, ""),
            new Payload.Close(4001, "declined"));
    long seq = 1;
    for (Payload payload : payloads) {
      JournalEntry entry =
          new JournalEntry(seq, at, new JournalEntry.Frame("c1", Direction.OUT, payload));
      Frame client =
          new Frame(
              seq,
              "c1",
              Frame.Direction.OUT,
              Frame.Type.valueOf(payload.type().name()),
              payload.text(),
              payload.bytes() == null ? null : payload.bytes().toArray(),
              payload instanceof Payload.Close close ? close.code() : null,
              payload instanceof Payload.Close close ? close.reason() : null,
              null,
              at);
      assertThat(client.toString())
          .as("the client's line for %s", payload)
          .isEqualTo(entry.summary(120));
      seq++;
    }
  }
}
