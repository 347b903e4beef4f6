package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class TemplatesAndScenariosTest extends EmbeddedServer {
  @Test
  void repliesAreRenderedFromTheFrameAndTheConnection() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"reply\":[{\"json\":{"
            + "\"payment_url\":\"https://pay.test/{{json.order_id}}\",\"amount\":\"{{json.amount}}\","
            + "\"connection\":\"{{connection.id}}\",\"order\":\"{{query.order}}\",\"auth\":\"{{header.authorization}}\",\"n\":\"{{seq}}\",\"at\":\"{{now}}\",\"first\":\"{{json.items.0.sku}}\"}},{\"text\":\"echo"
            + " {{text}}\"}]}");
    TestSocket client = TestSocket.connect(ws("/payments?order=o-42"), "Authorization", "Bearer t");
    client.send("{\"order_id\":\"o-42\",\"amount\":12.5,\"items\":[{\"sku\":\"A1\"}]}");

    JsonObject reply = JsonParser.parseString(client.nextText()).getAsJsonObject();
    assertThat(reply.get("payment_url").getAsString()).isEqualTo("https://pay.test/o-42");
    assertThat(reply.get("amount").getAsJsonPrimitive().isNumber())
        .as("a whole placeholder keeps the type")
        .isTrue();
    assertThat(reply.get("amount").getAsDouble()).isEqualTo(12.5);
    assertThat(reply.get("connection").getAsString()).isEqualTo("c1");
    assertThat(reply.get("order").getAsString()).isEqualTo("o-42");
    assertThat(reply.get("auth").getAsString()).isEqualTo("Bearer t");
    assertThat(reply.get("n").getAsInt()).isEqualTo(1);
    assertThat(reply.get("at").getAsString()).endsWith("Z");
    assertThat(reply.get("first").getAsString()).isEqualTo("A1");
    assertThat(client.nextText()).startsWith("echo {\"order_id\"");
  }

  @Test
  void aMissingValueIsShownInTheFrameAndTheLogNotACrash() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"reply\":[{\"json\":{\"url\":\"https://pay.test/{{json.order_id}}\"}}]}");
    TestSocket client = connect("/payments", 1);
    client.send("{\"no_order\":true}");
    assertThat(client.nextText())
        .isEqualTo("{\"url\":\"https://pay.test/<missing json.order_id>\"}");
    assertThat(awaitFrame("{\"direction\":\"out\"}").get("text").getAsString())
        .contains("<missing json.order_id>");
    assertThat(logText()).contains("the template has no value for json.order_id");
  }

  @Test
  void scenarioStatesScriptAConversationPerConnection() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"whenState\":\"started\",\"setState\":\"asked\","
            + "\"reply\":[{\"text\":\"first answer\"}]}");
    control.post(
        "stubs",
        "{\"on\":\"message\",\"whenState\":\"asked\",\"setState\":\"done\","
            + "\"reply\":[{\"text\":\"second answer\"}]}");
    control.post(
        "stubs", "{\"on\":\"message\",\"whenState\":\"done\",\"reply\":[{\"text\":\"all done\"}]}");

    TestSocket one = connect("/payments", 1);
    one.send("x");
    assertThat(one.nextText()).isEqualTo("first answer");
    one.send("x");
    assertThat(one.nextText()).isEqualTo("second answer");
    one.send("x");
    assertThat(one.nextText()).isEqualTo("all done");
    assertThat(
            control
                .get("connections/c1")
                .json()
                .getAsJsonObject()
                .get("scenarioState")
                .getAsString())
        .isEqualTo("done");

    TestSocket two = connect("/payments", 2);
    two.send("x");
    assertThat(two.nextText()).as("each connection has its own state").isEqualTo("first answer");
  }
}
