package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

/**
 * Documents posted at run time: a market-data feed written from the server's side (a path
 * parameter, a query binding, examples that break their own schema) and a chat service in 2.6
 * (publish and subscribe). Every upgrade and frame is checked against them.
 */
class AsyncApiCheckingTest extends EmbeddedServer {
  private static String text(String name) {
    try {
      return Files.readString(AsyncApiExchangeTest.document(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject load(String name, String query) {
    ControlHttp.Answer answer = control.post("asyncapi" + query, text(name));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getAsJsonObject();
  }

  private JsonArray violations() {
    return control.get("contract/violations").json().getAsJsonArray();
  }

  @Test
  void lintsExamplesThatBreakTheirOwnSchemaAndKeywordsNoCheckReads() {
    JsonObject description = load("market-feed.yaml", "");
    assertThat(description.get("perspective").getAsString()).isEqualTo("server");
    assertThat(
            description
                .getAsJsonArray("channels")
                .get(0)
                .getAsJsonObject()
                .get("path")
                .getAsString())
        .isEqualTo("/markets/{symbol}");
    assertThat(description.getAsJsonArray("warnings").toString())
        .contains(
            "Example 'stringPrice' of message 'ticker' (/channels/market/messages/ticker) breaks"
                + " its own schema: /price: \\\"43000.10\\\" is a string, not of type number.")
        .contains("uses keywords no check reads: 'nullable' at /properties/sequence");
    assertThat(logText()).contains("AsyncAPI warning: Example 'stringPrice'");
    assertThat(control.get("asyncapi").json().getAsJsonObject().getAsJsonArray("warnings"))
        .isEqualTo(description.getAsJsonArray("warnings"));
  }

  @Test
  void anUpgradeOnNoChannelOrWithParametersItsSchemasRefuseIsAViolation() {
    load("market-feed.yaml", "");
    connect("/markets/BTC-USD?depth=10", 1);
    assertThat(violations()).isEmpty();

    connect("/markets/DOGE-USD?depth=100", 2);
    connect("/quotes", 3);
    JsonArray found = violations();
    assertThat(found).hasSize(2);
    JsonObject parameters = found.get(0).getAsJsonObject();
    assertThat(parameters.get("kind").getAsString()).isEqualTo("upgrade");
    assertThat(parameters.get("connection").getAsString()).isEqualTo("c2");
    assertThat(parameters.get("message").getAsString())
        .startsWith(
            "c2 opened /markets/DOGE-USD on channel 'market', but {symbol}: \"DOGE-USD\" is not"
                + " one of [\"BTC-USD\",\"ETH-USD\",\"SOL-USD\"]; ?/depth: 100 is greater than"
                + " 50.");
    assertThat(
            parameters
                .getAsJsonArray("errors")
                .get(1)
                .getAsJsonObject()
                .get("pointer")
                .getAsString())
        .isEqualTo("?/depth");
    assertThat(found.get(1).getAsJsonObject().get("message").getAsString())
        .isEqualTo(
            "c3 opened /quotes, which is the path of no channel of the contract"
                + " (/markets/{symbol}).");
  }

  @Test
  void framesOfBothSidesAreCheckedTheMocksAsWarnings() {
    load("market-feed.yaml", "");
    TestSocket client = connect("/markets/ETH-USD", 1);
    client.send("{\"type\":\"subscribe\",\"channels\":[\"ticker\",\"book\"]}");
    client.send("{\"type\":\"subscribe\",\"channels\":[\"candles\"],\"depth\":5}");
    client.send("not json");
    awaitFrame("{\"text\":{\"equals\":\"not json\"}}".replace("{\"text\":", "{\"match\":"));

    control.post("connections/c1/send", "{\"message\":\"ticker\",\"example\":\"numeric\"}");
    control.post("connections/c1/send", "{\"message\":\"ticker\"}");
    assertThat(client.nextText()).contains("43000.1");
    assertThat(client.nextText())
        .as("the first example, price as a string")
        .contains("\"43000.10\"");

    JsonArray found = violations();
    assertThat(found).hasSize(3);
    JsonObject wrongChannel = found.get(0).getAsJsonObject();
    assertThat(wrongChannel.get("severity").getAsString()).isEqualTo("error");
    assertThat(wrongChannel.getAsJsonArray("errors").toString())
        .contains("/channels/0")
        .contains("is not one of [\\\"ticker\\\",\\\"book\\\",\\\"trades\\\"]")
        .contains("has a property 'depth' the schema does not allow (it allows channels, type)");
    assertThat(found.get(1).getAsJsonObject().get("message").getAsString())
        .endsWith(" is not JSON, but every message the client may send there is (subscribe).");
    JsonObject push = found.get(2).getAsJsonObject();
    assertThat(push.get("severity").getAsString()).isEqualTo("warning");
    assertThat(push.get("message").getAsString())
        .contains("to c1 on /markets/ETH-USD fits none of the messages the mock may send there")
        .contains("/price: \"43000.10\" is a string, not of type number");
  }

  @Test
  void asyncApi26PublishIsWhatTheApplicationReceivesAndSubscribeWhatItSends() {
    JsonObject description = load("chat-2.6.yaml", "");
    JsonArray operations = description.getAsJsonArray("operations");
    assertThat(operations.get(0).getAsJsonObject().get("id").getAsString())
        .isEqualTo("postMessage");
    assertThat(operations.get(0).getAsJsonObject().get("mock").getAsString()).isEqualTo("receives");
    assertThat(operations.get(1).getAsJsonObject().get("mock").getAsString()).isEqualTo("sends");

    TestSocket client = connect("/rooms/general", 1);
    client.send("{\"text\":\"hi all\"}");
    client.send("{\"text\":\"hi\",\"html\":\"<b>hi</b>\"}");
    awaitFrame("{\"match\":{\"contains\":\"html\"}}");
    assertThat(control.post("connections/c1/send", "{\"message\":\"said\"}").status())
        .isEqualTo(200);
    assertThat(client.nextText()).contains("hello, room");
    ControlHttp.Answer wrongWay = control.post("connections/c1/send", "{\"message\":\"post\"}");
    assertThat(wrongWay.status()).isEqualTo(409);

    JsonArray found = violations();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getAsJsonObject().get("message").getAsString())
        .contains(
            "(post); closest is 'post': (the whole value): has a property 'html' the schema does"
                + " not allow (it allows text)");

    connect("/rooms/Not%20A%20Room", 2);
    assertThat(violations()).hasSize(2);
  }

  @Test
  void everyVersionFrom20To26IsRead() {
    for (String version : new String[] {"2.0.0", "2.3.0", "2.6.0"}) {
      ControlHttp.Answer answer =
          control.post("asyncapi", text("chat-2.6.yaml").replace("2.6.0", version));
      assertThat(answer.status()).as(version + ": " + answer.body()).isEqualTo(201);
      assertThat(answer.json().getAsJsonObject().get("asyncapi").getAsString()).isEqualTo(version);
    }
  }

  @Test
  void theClientPerspectiveTurnsTheDirectionsRound() {
    JsonObject description = load("chat-2.6.yaml", "?perspective=client");
    assertThat(description.get("perspective").getAsString()).isEqualTo("client");
    assertThat(
            description
                .getAsJsonArray("operations")
                .get(0)
                .getAsJsonObject()
                .get("mock")
                .getAsString())
        .isEqualTo("sends");
    TestSocket client = connect("/rooms/general", 1);
    client.send("{\"event\":\"said\",\"user\":\"ada\",\"text\":\"hello\"}");
    awaitFrame("{\"direction\":\"in\"}");
    assertThat(violations()).as("the client plays the chat server now").isEmpty();
    assertThat(control.post("connections/c1/send", "{\"message\":\"post\"}").status())
        .isEqualTo(200);
    assertThat(client.nextText()).isEqualTo("{\"text\":\"hello\"}");
  }
}
