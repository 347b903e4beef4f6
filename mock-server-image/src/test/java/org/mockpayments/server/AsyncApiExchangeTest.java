package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mockpayments.client.AsyncApiPerspective;
import org.mockpayments.testsupport.TestSocket;

/**
 * An exchange's document written from the client's side, loaded at start with {@code $ref}s to a
 * file beside it: the mock plays the exchange, answers requests with their replies and checks what
 * the client sends.
 */
class AsyncApiExchangeTest extends EmbeddedServer {
  static Path document(String name) {
    try {
      return Path.of(AsyncApiExchangeTest.class.getResource("/asyncapi/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  ServerSettings settings() {
    return ServerSettings.builder()
        .asyncApi(document("exchange-client.yaml"), AsyncApiPerspective.CLIENT)
        .build();
  }

  @Test
  void describesWhatItLoaded() {
    JsonObject description = control.get("asyncapi").json().getAsJsonObject();
    assertThat(description.get("title").getAsString()).isEqualTo("Example Exchange WebSocket API");
    assertThat(description.get("asyncapi").getAsString()).isEqualTo("3.0.0");
    assertThat(description.get("perspective").getAsString()).isEqualTo("client");
    assertThat(description.get("loadedAtStart").getAsBoolean()).isTrue();
    JsonObject channel = description.getAsJsonArray("channels").get(0).getAsJsonObject();
    assertThat(channel.get("path").getAsString()).isEqualTo("/v2");
    JsonObject ping = description.getAsJsonArray("operations").get(0).getAsJsonObject();
    assertThat(ping.get("id").getAsString()).isEqualTo("ping");
    assertThat(ping.get("mock").getAsString()).isEqualTo("receives");
    JsonObject heartbeat = description.getAsJsonArray("operations").get(2).getAsJsonObject();
    assertThat(heartbeat.get("mock").getAsString()).isEqualTo("sends");
    assertThat(description.getAsJsonArray("stubs")).hasSize(2);
    assertThat(description.getAsJsonArray("warnings")).isEmpty();

    JsonArray stubs = control.get("stubs").json().getAsJsonArray();
    assertThat(stubs).hasSize(2);
    assertThat(stubs.get(0).getAsJsonObject().get("origin").getAsString())
        .isEqualTo("asyncapi operation ping");
    assertThat(stubs.get(0).getAsJsonObject().getAsJsonObject("match").has("jsonSchema")).isTrue();
  }

  @Test
  void answersARequestWithItsReplyAndCopiesTheCorrelationId() {
    TestSocket client = connect("/v2", 1);
    client.send(
        "{\"method\":\"add_order\",\"params\":{\"order_type\":\"market\",\"side\":\"sell\","
            + "\"order_qty\":2,\"symbol\":\"ETH/USD\"},\"req_id\":7}");
    JsonObject result = JsonParser.parseString(client.nextText()).getAsJsonObject();
    assertThat(result.get("method").getAsString()).isEqualTo("add_order");
    assertThat(result.get("success").getAsBoolean())
        .as("the example the reply's x-mock-example names")
        .isFalse();
    assertThat(result.get("error").getAsString()).isEqualTo("EOrder:Insufficient funds");
    assertThat(result.get("req_id").getAsInt()).as("copied from the request").isEqualTo(7);

    client.send("{\"method\":\"ping\",\"req_id\":3}");
    JsonObject pong = JsonParser.parseString(client.nextText()).getAsJsonObject();
    assertThat(pong.get("method").getAsString()).isEqualTo("pong");
    assertThat(pong.get("req_id").getAsInt()).isEqualTo(3);
    assertThat(Instant.parse(pong.get("time_in").getAsString()))
        .as("made from the schema, since pong has no example: a date-time")
        .isNotNull();

    assertThat(control.get("contract/violations").json().getAsJsonArray()).isEmpty();
  }

  @Test
  void aFrameTheContractDoesNotAllowIsAViolationWithThePointerOfTheFault() {
    TestSocket client = connect("/v2", 1);
    client.send(
        "{\"method\":\"add_order\",\"params\":{\"order_type\":\"limit\",\"side\":\"hold\","
            + "\"order_qty\":1,\"symbol\":\"BTC/USD\"},\"req_id\":8}");
    JsonObject frame = awaitFrame("{\"direction\":\"in\"}");

    JsonArray violations = control.get("contract/violations").json().getAsJsonArray();
    assertThat(violations).hasSize(1);
    JsonObject violation = violations.get(0).getAsJsonObject();
    assertThat(violation.get("seq").getAsLong()).isEqualTo(frame.get("seq").getAsLong());
    assertThat(violation.get("severity").getAsString()).isEqualTo("error");
    assertThat(violation.get("connection").getAsString()).isEqualTo("c1");
    assertThat(violation.get("closest").getAsString()).isEqualTo("addOrder");
    JsonObject error = violation.getAsJsonArray("errors").get(0).getAsJsonObject();
    assertThat(error.get("pointer").getAsString()).isEqualTo("/params/side");
    assertThat(error.get("message").getAsString())
        .isEqualTo("\"hold\" is not one of [\"buy\",\"sell\"]");
    assertThat(violation.get("message").getAsString())
        .contains("Frame #" + frame.get("seq").getAsLong() + " from c1 on /v2")
        .contains("fits none of the messages the client may send there (ping, addOrder)")
        .contains("/params/side: \"hold\" is not one of [\"buy\",\"sell\"]");
    assertThat(frame.getAsJsonObject("contract").get("message").getAsString())
        .as("the journaled frame carries its violation")
        .isEqualTo(violation.get("message").getAsString());

    client.send("{\"method\":\"ping\"}");
    assertThat(client.nextText())
        .as("the invalid order was answered by no stub; the ping is")
        .contains("pong");
  }

  @Test
  void aTestsOwnStubComesBeforeTheContracts() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"jsonSubset\":{\"method\":\"add_order\"}},"
            + "\"reply\":[{\"json\":{\"method\":\"add_order\",\"success\":false,"
            + "\"error\":\"EGeneral:Temporary lockout\",\"req_id\":\"{{json.req_id}}\"}}]}");
    TestSocket client = connect("/v2", 1);
    client.send(
        "{\"method\":\"add_order\",\"params\":{\"order_type\":\"market\",\"side\":\"buy\","
            + "\"order_qty\":5,\"symbol\":\"BTC/USD\"},\"req_id\":9}");
    assertThat(client.nextText()).contains("Temporary lockout").contains("\"req_id\":9");
  }

  @Test
  void pushesAMessageByName() {
    TestSocket client = connect("/v2", 1);
    assertThat(control.post("connections/c1/send", "{\"message\":\"heartbeat\"}").status())
        .isEqualTo(200);
    assertThat(client.nextText()).isEqualTo("{\"channel\":\"heartbeat\"}");

    ControlHttp.Answer unknown = control.post("connections/c1/send", "{\"message\":\"hartbeat\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message())
        .isEqualTo(
            "The contract has no message 'hartbeat'. Known: ping, pong, addOrder,"
                + " addOrderResult, heartbeat.");

    ControlHttp.Answer wrongWay =
        control.post("connections/c1/send", "{\"message\":\"add_order\"}");
    assertThat(wrongWay.status()).isEqualTo(409);
    assertThat(wrongWay.message())
        .startsWith("By the contract the mock does not send 'add_order' on /v2 (c1)")
        .contains("pong, addOrderResult, heartbeat");

    assertThat(
            control
                .post(
                    "connections/c1/send",
                    "{\"message\":\"add_order_result\",\"example\":\"accepted\"}")
                .status())
        .isEqualTo(200);
    assertThat(client.nextText()).contains("\"success\":true");
  }

  @Test
  void aDocumentLoadedAtStartSurvivesAResetAndOnePostedIsRemovedByIt() {
    assertThat(control.post("reset", "").status()).isEqualTo(200);
    assertThat(control.get("asyncapi").status()).isEqualTo(200);
    assertThat(control.get("stubs").json().getAsJsonArray()).hasSize(2);

    ControlHttp.Answer posted =
        control.post(
            "asyncapi",
            "asyncapi: 3.0.0\ninfo: {title: Posted, version: '1'}\nchannels: {}\noperations: {}\n");
    assertThat(posted.status()).isEqualTo(201);
    assertThat(posted.json().getAsJsonObject().get("title").getAsString()).isEqualTo("Posted");
    assertThat(control.get("stubs").json().getAsJsonArray())
        .as("the posted document replaced the other, stubs included")
        .isEmpty();

    control.post("reset", "");
    assertThat(control.get("asyncapi").json().getAsJsonObject().get("title").getAsString())
        .isEqualTo("Example Exchange WebSocket API");
    assertThat(control.get("stubs").json().getAsJsonArray()).hasSize(2);

    assertThat(control.delete("asyncapi").status()).isEqualTo(204);
    ControlHttp.Answer none = control.get("asyncapi");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.message()).contains("No AsyncAPI document is loaded");
    assertThat(control.get("stubs").json().getAsJsonArray()).isEmpty();
  }
}
