package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class StubsTest extends EmbeddedServer {
  @Test
  void messageStubRepliesToAFittingFrame() {
    ControlHttp.Answer created =
        control.post(
            "stubs",
            "{\"on\":\"message\",\"match\":{\"jsonSubset\":{\"initiate_payment\":true}},"
                + "\"reply\":[{\"json\":{\"payment_methods\":[\"credit_card\"]}}]}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getAsJsonObject().get("id").getAsString()).isEqualTo("s1");

    TestSocket client = connect("/payments", 1);
    client.send("{\"initiate_payment\":true,\"order_id\":1}");
    assertThat(client.nextText()).isEqualTo("{\"payment_methods\":[\"credit_card\"]}");
  }

  @Test
  void repliesGoOutInOrderWithDelays() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"reply\":[{\"text\":\"one\",\"delayMs\":50},{\"binary\":\"AQ==\"},"
            + "{\"text\":\"three\",\"delayMs\":20}]}");
    TestSocket client = connect("/payments", 1);
    long start = System.nanoTime();
    client.send("go");
    assertThat(client.nextText()).isEqualTo("one");
    assertThat(client.next().bytes()).containsExactly(1);
    assertThat(client.nextText()).isEqualTo("three");
    // A lower bound on a delay the mock adds: load can only lengthen it, so it cannot fail a slow
    // run.
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("both delays were applied")
        .isGreaterThanOrEqualTo(70);
  }

  @Test
  void connectStubGreetsEachNewConnection() {
    control.post("stubs", "{\"on\":\"connect\",\"reply\":[{\"text\":\"welcome\"}]}");
    TestSocket client = TestSocket.connect(ws("/payments"));
    assertThat(client.nextText()).isEqualTo("welcome");
  }

  @Test
  void firstAddedFittingStubWinsUntilItsTimesAreUsed() {
    control.post("stubs", "{\"on\":\"message\",\"reply\":[{\"text\":\"first\"}],\"times\":1}");
    control.post("stubs", "{\"on\":\"message\",\"reply\":[{\"text\":\"second\"}]}");
    TestSocket client = connect("/payments", 1);
    client.send("a");
    client.send("b");
    client.send("c");
    assertThat(client.nextText()).isEqualTo("first");
    assertThat(client.nextText()).isEqualTo("second");
    assertThat(client.nextText()).isEqualTo("second");

    JsonArray stubs = control.get("stubs").json().getAsJsonArray();
    assertThat(stubs.get(0).getAsJsonObject().get("fired").getAsInt()).isEqualTo(1);
    assertThat(stubs.get(1).getAsJsonObject().get("fired").getAsInt()).isEqualTo(2);
  }

  @Test
  void pathRestrictsAStubToOnePath() {
    control.post(
        "stubs", "{\"on\":\"message\",\"path\":\"/refunds\",\"reply\":[{\"text\":\"refund\"}]}");
    control.post("stubs", "{\"on\":\"message\",\"reply\":[{\"text\":\"other\"}]}");
    TestSocket payments = connect("/payments", 1);
    TestSocket refunds = connect("/refunds", 2);
    payments.send("x");
    refunds.send("x");
    assertThat(payments.nextText()).isEqualTo("other");
    assertThat(refunds.nextText()).isEqualTo("refund");
  }

  @Test
  void closeReplyClosesWithItsCode() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"equals\":\"cancel\"},"
            + "\"reply\":[{\"close\":{\"code\":4002,\"reason\":\"cancelled\"}}]}");
    TestSocket client = connect("/payments", 1);
    client.send("cancel");
    TestSocket.Event closed = client.awaitClosed();
    assertThat(closed.code()).isEqualTo(4002);
    assertThat(closed.text()).isEqualTo("cancelled");
  }

  @Test
  void dropReplyBreaksTheConnection() {
    control.post("stubs", "{\"on\":\"message\",\"reply\":[{\"drop\":true}]}");
    TestSocket client = connect("/payments", 1);
    client.send("anything");
    assertThat(client.awaitClosed().code()).isEqualTo(1006);
  }

  @Test
  void listShowsDefinitionsAndDeleteRemoves() {
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"contains\":\"a\"},\"reply\":[{\"text\":\"A\"}],\"times\":3}");
    control.post("stubs", "{\"on\":\"connect\",\"reply\":[{\"text\":\"hi\"}]}");
    JsonObject first = control.get("stubs").json().getAsJsonArray().get(0).getAsJsonObject();
    assertThat(first.get("match").getAsJsonObject().get("contains").getAsString()).isEqualTo("a");
    assertThat(first.get("times").getAsInt()).isEqualTo(3);
    assertThat(first.get("fired").getAsInt()).isZero();

    assertThat(control.delete("stubs/s1").status()).isEqualTo(204);
    assertThat(control.get("stubs").json().getAsJsonArray()).hasSize(1);
    assertThat(control.delete("stubs/s1").status()).isEqualTo(404);
    assertThat(control.delete("stubs").status()).isEqualTo(204);
    assertThat(control.get("stubs").json().getAsJsonArray()).isEmpty();
  }

  @Test
  void invalidStubsAreRejectedWithReasons() {
    assertThat(control.post("stubs", "{\"on\":\"message\",\"reply\":\"x\"}").message())
        .contains("must be an array of replies");
    assertThat(
            control
                .post("stubs", "{\"on\":\"message\",\"reply\":[{\"text\":\"x\",\"delayMs\":-1}]}")
                .message())
        .contains("'delayMs'");
    assertThat(
            control
                .post("stubs", "{\"on\":\"connect\",\"match\":{},\"reply\":[{\"text\":\"x\"}]}")
                .message())
        .contains("takes no 'match'");
    assertThat(control.post("stubs", "{\"on\":\"open\",\"reply\":[{\"text\":\"x\"}]}").message())
        .contains("'message', 'connect' or 'upgrade'");
    assertThat(control.post("stubs", "{\"on\":\"message\",\"reply\":[{\"txt\":\"x\"}]}").message())
        .contains("'txt'");
    assertThat(
            control
                .post("stubs", "{\"on\":\"message\",\"reply\":[{\"text\":\"x\",\"json\":1}]}")
                .status())
        .isEqualTo(400);
    assertThat(control.get("stubs").json().getAsJsonArray()).as("nothing was added").isEmpty();
  }
}
