package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/**
 * The stub language for protocols that are not plain JSON: each feature through the control API.
 */
class StubLanguageTest extends EmbeddedServer {

  private void stub(String json) {
    ControlHttp.Answer answer = control.post("stubs", json);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
  }

  private String refused(String json) {
    ControlHttp.Answer answer = control.post("stubs", json);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    return answer.message();
  }

  @Test
  void regexGroupsByNameAndNumberAreReadableInReplies() {
    stub(
        """
        {"on":"message","match":{"regex":"(?<verb>[A-Z]+) (\\\\d+)(?<rest>!)?"},
         "reply":[{"text":"{{regex.verb}}:{{regex.2}}:[{{regex.rest}}]:{{regex.0}}"}]}
        """);
    TestSocket client = connect("/p", 1);
    client.send("PAY 42");
    assertThat(client.nextText())
        .as("a group that took no part is empty")
        .isEqualTo("PAY:42:[]:PAY 42");
    client.send("PAY 7!");
    assertThat(client.nextText()).isEqualTo("PAY:7:[!]:PAY 7!");
  }

  @Test
  void theJsonPartOfAPrefixedFrameIsMatchedAndReadLikeAWholeJsonFrame() {
    stub(
        """
        {"on":"message",
         "match":{"regex":"42(?<ack>\\\\d*)(?<args>\\\\[.*])","jsonGroup":"args",
                  "jsonSubset":["chat",{"room":"a"}]},
         "reply":[{"prefix":"43{{regex.ack}}","json":[{"echo":"{{json.1.text}}","n":"{{json.1.n}}"}]}]}
        """);
    TestSocket client = connect("/socket.io/", 1);
    client.send("4217[\"chat\",{\"room\":\"b\",\"text\":\"other room\"}]");
    client.send("4218[\"chat\",{\"room\":\"a\",\"text\":\"say \\\"hi\\\"\",\"n\":3}]");
    assertThat(client.nextText()).isEqualTo("4318[{\"echo\":\"say \\\"hi\\\"\",\"n\":3}]");
  }

  @Test
  void jsonSchemaMatchesFramesValidAgainstItOnPathsWithParameters() {
    stub(
        """
        {"on":"message","path":"/markets/{symbol}",
         "match":{"jsonSchema":{"type":"object","required":["qty"],
                                "properties":{"qty":{"type":"integer","minimum":1},
                                              "at":{"type":"string","format":"date-time"}}}},
         "reply":[{"text":"ok {{json.qty}}"}]}
        """);
    TestSocket client = connect("/markets/BTC-USD", 1);
    client.send("{\"qty\":0}");
    client.send("{\"qty\":2,\"at\":\"yesterday\"}");
    client.send("{\"qty\":3,\"at\":\"2025-01-01T00:00:00Z\"}");
    assertThat(client.nextText()).as("the first two break the schema").isEqualTo("ok 3");
    TestSocket other = connect("/markets/BTC-USD/depth", 2);
    other.send("{\"qty\":4}");
    awaitFrame("{\"match\":{\"jsonSubset\":{\"qty\":4}}}");
    assertThat(frames("?direction=out")).as("a {name} segment takes one segment").hasSize(1);

    ControlHttp.Answer invalid =
        control.post(
            "stubs", "{\"on\":\"message\",\"match\":{\"jsonSchema\":{\"type\":7}},\"reply\":[]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.message())
        .startsWith("'jsonSchema' in 'match' in the stub is not a valid JSON Schema: ");
  }

  @Test
  void jsonHasTellsARequestFromANotification() {
    stub(
        """
        {"on":"message","match":{"jsonHas":"id","jsonSubset":{"method":"sum"}},
         "reply":[{"json":{"jsonrpc":"2.0","id":"{{json.id}}","result":"{{json.params.0}}"}}]}
        """);
    stub("{\"on\":\"message\",\"match\":{\"jsonSubset\":{}},\"setState\":\"notified\"}");
    TestSocket client = connect("/rpc", 1);
    client.send("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[5]}");
    client.send("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[6],\"id\":null}");
    assertThat(client.nextText())
        .as("a present null id is echoed as null, and the notification got no answer")
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":6}");
    client.send("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[7],\"id\":\"x\"}");
    assertThat(client.nextText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":7}");
    assertThat(connection("c1").get("scenarioState").getAsString()).isEqualTo("notified");
  }

  @Test
  void aRepeatPlaysItsRepliesUntilAFittingFrameArrives() {
    stub(
        """
        {"on":"message","match":{"jsonSubset":{"type":"subscribe"}},
         "reply":[{"json":{"type":"started","id":"{{json.id}}"}}],
         "repeat":{"everyMs":20,
                   "reply":[{"json":{"type":"next","id":"{{json.id}}","n":"{{round}}"}}],
                   "until":{"jsonSubset":{"type":"complete","id":"{{json.id}}"}}}}
        """);
    TestSocket client = connect("/graphql", 1);
    client.send("{\"type\":\"subscribe\",\"id\":\"a\"}");
    assertThat(client.nextText()).isEqualTo("{\"type\":\"started\",\"id\":\"a\"}");
    assertThat(client.nextText()).isEqualTo("{\"type\":\"next\",\"id\":\"a\",\"n\":1}");
    assertThat(client.nextText()).isEqualTo("{\"type\":\"next\",\"id\":\"a\",\"n\":2}");
    client.send("{\"type\":\"complete\",\"id\":\"other\"}");
    assertThat(client.nextText())
        .as("another id's complete leaves it running")
        .isEqualTo("{\"type\":\"next\",\"id\":\"a\",\"n\":3}");

    client.send("{\"type\":\"complete\",\"id\":\"a\"}");
    long completeSeq =
        awaitFrame("{\"match\":{\"jsonSubset\":{\"type\":\"complete\",\"id\":\"a\"}}}")
            .get("seq")
            .getAsLong();
    assertThat(
            control
                .post(
                    "frames/await",
                    "{\"direction\":\"out\",\"since\":" + completeSeq + ",\"timeoutMs\":300}")
                .status())
        .as("no round after the client's complete")
        .isEqualTo(422);
  }

  @Test
  void aRepeatEndsAfterItsTimesAndWhenItsStateIsLeft() {
    stub(
        """
        {"on":"message","match":{"equals":"count"},
         "repeat":{"everyMs":10,"times":3,"reply":[{"text":"tick {{round}}"}]}}
        """);
    stub(
        """
        {"on":"message","match":{"equals":"beat"},"setState":"beating",
         "repeat":{"everyMs":10,"whileState":"beating","reply":[{"text":"beat {{round}}"}]}}
        """);
    stub("{\"on\":\"message\",\"match\":{\"equals\":\"stop\"},\"setState\":\"quiet\"}");
    TestSocket client = connect("/p", 1);
    client.send("count");
    assertThat(client.nextText()).isEqualTo("tick 1");
    assertThat(client.nextText()).isEqualTo("tick 2");
    assertThat(client.nextText()).isEqualTo("tick 3");
    client.send("beat");
    assertThat(client.nextText()).isEqualTo("beat 1");
    client.send("stop");
    long stopSeq = awaitFrame("{\"match\":{\"equals\":\"stop\"}}").get("seq").getAsLong();
    JsonArray after = outSince(stopSeq, 200);
    assertThat(after.size())
        .as("at most one round was already on its way; none after the state was left")
        .isLessThanOrEqualTo(1);
    assertThat(
            frames("?direction=out").asList().stream()
                .filter(
                    frame -> frame.getAsJsonObject().get("text").getAsString().startsWith("tick"))
                .count())
        .as("exactly times rounds")
        .isEqualTo(3);
  }

  @Test
  void aStubThatOnlyRemembersLeavesTheFrameToTheNextStub() {
    stub(
        """
        {"on":"message","match":{"regex":"SUBSCRIBE (?<id>[a-z0-9-]+)"},
         "remember":{"subscription":"{{regex.id}}"},"setState":"subscribed"}
        """);
    stub(
        """
        {"on":"message","whenState":"subscribed","match":{"contains":"SUBSCRIBE"},
         "reply":[{"text":"RECEIPT {{var.subscription}}"}]}
        """);
    stub("{\"on\":\"message\",\"match\":{\"equals\":\"quiet\"},\"reply\":[]}");
    stub("{\"on\":\"message\",\"match\":{\"equals\":\"quiet\"},\"reply\":[{\"text\":\"no\"}]}");
    TestSocket client = connect("/stomp", 1);
    client.send("SUBSCRIBE sub-1");
    assertThat(client.nextText())
        .as("the second stub answered, in the state and with the variable the first one left")
        .isEqualTo("RECEIPT sub-1");
    client.send("quiet");
    client.send("SUBSCRIBE sub-2");
    assertThat(client.nextText())
        .as("\"reply\":[] took 'quiet': the stub after it never answered")
        .isEqualTo("RECEIPT sub-2");
  }

  @Test
  void rememberedValuesAndTemplatedStatesCarryAcrossFrames() {
    stub(
        """
        {"on":"message","match":{"jsonSubset":{"type":"connection_init"}},
         "remember":{"user":"{{json.payload.user}}","init":"{{json.payload}}"},
         "setState":"ready-{{json.payload.user}}"}
        """);
    stub(
        """
        {"on":"message","whenState":"ready-ann","match":{"jsonSubset":{"type":"whoami"}},
         "reply":[{"json":{"user":"{{var.user}}","init":"{{var.init}}"}}]}
        """);
    TestSocket client = connect("/graphql", 1);
    client.send("{\"type\":\"connection_init\",\"payload\":{\"user\":\"ann\",\"roles\":[1]}}");
    client.send("{\"type\":\"whoami\"}");
    assertThat(client.nextText())
        .isEqualTo("{\"user\":\"ann\",\"init\":{\"user\":\"ann\",\"roles\":[1]}}");
    JsonObject connection = connection("c1");
    assertThat(connection.get("scenarioState").getAsString()).isEqualTo("ready-ann");
    assertThat(connection.getAsJsonObject("variables").get("user").getAsString()).isEqualTo("ann");
  }

  @Test
  void stubsCanBeScopedToASubprotocolAQueryParameterAndAHeader() {
    stub("{\"on\":\"connect\",\"subprotocol\":\"v2\",\"reply\":[{\"text\":\"speaking v2\"}]}");
    stub(
        "{\"on\":\"connect\",\"query\":{\"tenant\":\"blue\"},\"reply\":[{\"text\":\"blue"
            + " tenant\"}]}");
    stub(
        "{\"on\":\"connect\",\"headers\":{\"x-region\":\"eu\"},\"reply\":[{\"text\":\"from the"
            + " eu\"}]}");
    stub("{\"on\":\"connect\",\"reply\":[{\"text\":\"anyone\"}]}");
    assertThat(TestSocket.connectWithSubprotocols(ws("/a"), List.of("v2")).nextText())
        .isEqualTo("speaking v2");
    assertThat(TestSocket.connect(ws("/a?tenant=blue")).nextText()).isEqualTo("blue tenant");
    assertThat(TestSocket.connect(ws("/a"), "X-Region", "eu").nextText()).isEqualTo("from the eu");
    assertThat(TestSocket.connect(ws("/a?tenant=red")).nextText()).isEqualTo("anyone");
  }

  @Test
  void anUpgradeStubChoosesTheSubprotocolAndRefusesOrClosesWhenNoneFits() {
    stub(
        """
        {"on":"upgrade","path":"/graphql","subprotocols":["graphql-transport-ws","graphql-ws"],
         "otherwise":{"status":400,"body":"offer graphql-transport-ws"}}
        """);
    stub(
        """
        {"on":"upgrade","path":"/strict","subprotocols":["v12.stomp"],
         "otherwise":{"close":{"code":4406,"reason":"Subprotocol not acceptable"}}}
        """);
    stub("{\"on\":\"connect\",\"subprotocol\":\"graphql-ws\",\"reply\":[{\"text\":\"legacy\"}]}");
    TestSocket modern =
        TestSocket.connectWithSubprotocols(
            ws("/graphql"), List.of("graphql-ws", "graphql-transport-ws"));
    assertThat(modern.socket().getSubprotocol())
        .as("the stub's preference wins over the client's order")
        .isEqualTo("graphql-transport-ws");
    TestSocket legacy = TestSocket.connectWithSubprotocols(ws("/graphql"), List.of("graphql-ws"));
    assertThat(legacy.socket().getSubprotocol()).isEqualTo("graphql-ws");
    assertThat(legacy.nextText()).isEqualTo("legacy");

    CompletionException refused =
        catchThrowableOfType(
            () -> TestSocket.connectWithSubprotocols(ws("/graphql"), List.of("mqtt")),
            CompletionException.class);
    assertThat(refused.getCause()).isInstanceOf(WebSocketHandshakeException.class);
    assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode())
        .isEqualTo(400);
    JsonArray attempts = control.get("handshake-rejections/attempts").json().getAsJsonArray();
    assertThat(attempts).hasSize(1);
    assertThat(attempts.get(0).getAsJsonObject().get("rule").getAsString()).isEqualTo("s1");

    TestSocket strict = TestSocket.connectWithSubprotocols(ws("/strict"), List.of("v10.stomp"));
    assertThat(strict.awaitClosed().code()).isEqualTo(4406);
    assertThat(control.get("connections").json().getAsJsonArray())
        .as("the refused attempt is no connection; the closed one is")
        .hasSize(3);
  }

  @Test
  void binaryFramesAreMatchedByTheirTextOrAPrefixAndRepliesCanBeBinaryTemplates() {
    stub(
        """
        {"on":"message","match":{"type":"binary","regex":"(?s)SEND\\ndestination:(?<to>[^\\n]*)\\n.*"},
         "reply":[{"binaryText":"RECEIPT\\nreceipt-for:{{regex.to}}\\n\\n\\u0000"}]}
        """);
    stub(
        "{\"on\":\"message\",\"match\":{\"hexPrefix\":\"cafe\"},\"reply\":[{\"text\":\"coffee\"}]}");
    TestSocket client = connect("/stomp", 1);
    client.send("SEND\ndestination:/queue/a\n\nnot binary\u0000");
    client.sendBinary(new byte[] {(byte) 0xca, (byte) 0xfe, 1});
    assertThat(client.nextText()).as("the text frame fits no binary match").isEqualTo("coffee");
    client.sendBinary("SEND\ndestination:/queue/a\n\nhi\u0000".getBytes(StandardCharsets.UTF_8));
    assertThat(new String(client.nextBinary(), StandardCharsets.UTF_8))
        .isEqualTo("RECEIPT\nreceipt-for:/queue/a\n\n\u0000");
  }

  @Test
  void uuidsAndRandomNumbersAreFreshForEachFiring() {
    stub(
        "{\"on\":\"message\",\"reply\":[{\"json\":{\"id\":\"{{uuid}}\",\"n\":\"{{random.10}}\"}}]}");
    TestSocket client = connect("/p", 1);
    client.send("a");
    client.send("b");
    JsonObject first = JsonParser.parseString(client.nextText()).getAsJsonObject();
    JsonObject second = JsonParser.parseString(client.nextText()).getAsJsonObject();
    assertThat(first.get("id").getAsString())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(first.get("id")).isNotEqualTo(second.get("id"));
    assertThat(first.get("n").getAsInt()).isBetween(0, 9);
  }

  @Test
  void valuesInsideJsonStringsOfTextRepliesAreEscapedAndKeysAreRendered() {
    stub(
        """
        {"on":"message","match":{"regex":"(?s)say (?<what>.*)"},
         "reply":[{"text":"{\\"said\\":\\"{{regex.what}}\\"} raw={{regex.what}}"},
                  {"json":{"{{regex.what}}":true}}]}
        """);
    TestSocket client = connect("/p", 1);
    client.send("say a \"quote\"\nand a line");
    String text = client.nextText();
    String json = text.substring(0, text.indexOf(" raw="));
    assertThat(JsonParser.parseString(json).getAsJsonObject().get("said").getAsString())
        .isEqualTo("a \"quote\"\nand a line");
    assertThat(text).endsWith(" raw=a \"quote\"\nand a line");
    assertThat(
            JsonParser.parseString(client.nextText())
                .getAsJsonObject()
                .has("a \"quote\"\nand a line"))
        .isTrue();
  }

  @Test
  void eachRendersOneElementPerFittingItemOfABatch() {
    stub(
        """
        {"on":"message","match":{"jsonHas":"0"},
         "reply":[{"json":{"$each":"{{json}}","$where":{"jsonHas":"id"},
                           "$emit":{"jsonrpc":"2.0","id":"{{item.id}}","result":"{{item.method}}"}}}]}
        """);
    TestSocket client = connect("/rpc", 1);
    client.send(
        "[{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"id\":1},{\"jsonrpc\":\"2.0\",\"method\":\"note\"},"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"b\",\"id\":\"two\"}]");
    assertThat(client.nextText())
        .isEqualTo(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"a\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":\"two\",\"result\":\"b\"}]");
  }

  @Test
  void stubsAreTriedByPriorityThenInTheOrderTheyWereAdded() {
    stub("{\"on\":\"message\",\"priority\":9,\"reply\":[{\"text\":\"generic\"}]}");
    stub("{\"on\":\"message\",\"match\":{\"equals\":\"a\"},\"reply\":[{\"text\":\"own a\"}]}");
    stub(
        "{\"on\":\"message\",\"match\":{\"contains\":\"a\"},\"priority\":1,"
            + "\"reply\":[{\"text\":\"urgent\"}]}");
    TestSocket client = connect("/p", 1);
    client.send("a");
    assertThat(client.nextText()).isEqualTo("urgent");
    client.send("b");
    assertThat(client.nextText()).isEqualTo("generic");
    assertThat(
            control.get("stubs").json().getAsJsonArray().asList().stream()
                .map(stub -> stub.getAsJsonObject().get("id").getAsString()))
        .as("listed in the order they are tried")
        .containsExactly("s3", "s2", "s1");
    assertThat(refused("{\"on\":\"message\",\"priority\":0,\"setState\":\"x\"}"))
        .contains("between 1 and 10");
  }

  @Test
  void placeholderTyposAreRefusedWhenTheStubIsCreated() {
    assertThat(refused("{\"on\":\"message\",\"reply\":[{\"text\":\"{{jsno.id}}\"}]}"))
        .contains("Unknown placeholder {{jsno.id}}")
        .contains("json.PATH");
    assertThat(
            refused(
                "{\"on\":\"message\",\"match\":{\"regex\":\"(?<id>\\\\d+)\"},"
                    + "\"reply\":[{\"text\":\"{{regex.nope}}\"}]}"))
        .contains("{{regex.nope}} names no group")
        .contains("id");
    assertThat(refused("{\"on\":\"connect\",\"reply\":[{\"json\":{\"a\":\"{{json.id}}\"}}]}"))
        .contains("a connect stub has none");
    assertThat(refused("{\"on\":\"message\",\"reply\":[{\"text\":\"{{round}}\"}]}"))
        .contains("only the replies of 'repeat'");
    assertThat(refused("{\"on\":\"message\",\"reply\":[{\"json\":{\"x\":\"{{item.id}}\"}}]}"))
        .contains("$each");
    assertThat(refused("{\"on\":\"message\",\"setState\":\"{{random.0}}\"}"))
        .contains("random.1000");
    assertThat(refused("{\"on\":\"message\",\"match\":{\"equals\":\"x\"}}"))
        .contains("does nothing");
    assertThat(control.get("stubs").json().getAsJsonArray()).isEmpty();
  }

  private JsonObject connection(String id) {
    return control.get("connections/" + id).json().getAsJsonObject();
  }

  private JsonArray outSince(long seq, int waitMs) {
    control.post(
        "frames/await",
        "{\"direction\":\"out\",\"since\":" + seq + ",\"timeoutMs\":" + waitMs + "}");
    return frames("?direction=out&since=" + seq);
  }

  @Test
  void aJsonMatchFindsStringsSpelledWithEscapesAndPassesOverFramesOnlyMentioningThem() {
    TestSocket client = connect("/p", 1);
    String mentions = "{\"note\":\"o-1 is named here\",\"state\":\"o-2\"}";
    String escaped = "{\"st\\u0061te\":\"o\\u002d1\"}";
    String plain = "{\"state\":\"o-1\"}";
    client.send(mentions);
    client.send(escaped);
    client.send(plain);
    JsonObject first = awaitFrame("{\"match\":{\"jsonSubset\":{\"state\":\"o-1\"}}}");
    assertThat(first.get("text").getAsString())
        .as(
            "the frame that spells the key and value with escapes fits; the one naming o-1"
                + " elsewhere does not")
        .isEqualTo(escaped);
    JsonObject next =
        awaitFrame(
            "{\"since\":"
                + first.get("seq").getAsLong()
                + ",\"match\":{\"json\":{\"state\":\"o-1\"}}}");
    assertThat(next.get("text").getAsString()).isEqualTo(plain);
  }
}
