package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class ConnectionsTest extends EmbeddedServer {
  @Test
  void recordsPathQueryHeadersAndFirstSubprotocol() {
    TestSocket.connectWithSubprotocols(
        ws("/ws/v2?order=42"), List.of("payments.v1", "payments.v0"));
    JsonObject connection =
        control.get("connections/await").json().getAsJsonArray().get(0).getAsJsonObject();

    assertThat(connection.get("id").getAsString()).isEqualTo("c1");
    assertThat(connection.get("path").getAsString()).isEqualTo("/ws/v2");
    assertThat(connection.get("query").getAsString()).isEqualTo("order=42");
    assertThat(connection.get("subprotocol").getAsString())
        .as("the first offered")
        .isEqualTo("payments.v1");
    assertThat(connection.get("state").getAsString()).isEqualTo("OPEN");
    assertThat(connection.get("closeCode").isJsonNull()).isTrue();
    assertThat(connection.get("remoteAddress").getAsString()).matches(".+:\\d+");
    assertThat(connection.getAsJsonObject("headers").keySet()).contains("Sec-WebSocket-Protocol");
  }

  @Test
  void keepsEveryHeaderValueAsSent() {
    TestSocket.connect(ws("/payments"), "Authorization", "Bearer x", "X-Order", "1");
    JsonObject headers =
        control
            .get("connections/await")
            .json()
            .getAsJsonArray()
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("headers");
    assertThat(headers.getAsJsonArray("Authorization").get(0).getAsString()).isEqualTo("Bearer x");
    assertThat(headers.getAsJsonArray("X-Order").get(0).getAsString()).isEqualTo("1");
  }

  @Test
  void aConnectedClientIsListedAtOnce() {
    TestSocket.connect(ws("/payments"));
    JsonArray listed = control.get("connections").json().getAsJsonArray();
    assertThat(listed).as("listed as soon as the upgrade was answered").hasSize(1);
    assertThat(control.get("connections/c1").json().getAsJsonObject().get("path").getAsString())
        .isEqualTo("/payments");
  }

  @Test
  void awaitReturnsOnceEnoughConnectionsOpened() throws Exception {
    var waiting =
        CompletableFuture.supplyAsync(
            () -> control.get("connections/await?count=2&timeoutMs=5000"));
    TestSocket.connect(ws("/a"));
    TestSocket.connect(ws("/b"));
    ControlHttp.Answer answer = waiting.get();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getAsJsonArray()).hasSize(2);
  }

  @Test
  void awaitTimesOutWithA422SayingHowManyOpened() {
    TestSocket.connect(ws("/a"));
    ControlHttp.Answer answer = control.get("connections/await?count=3&timeoutMs=200");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.error()).isEqualTo("timeout");
    assertThat(answer.message()).contains("at least 3").contains("but 1 opened");
  }

  @Test
  void closeSendsTheCodeAndReasonToTheClient() {
    TestSocket client = connect("/payments", 1);
    ControlHttp.Answer answer =
        control.post("connections/c1/close", "{\"code\":4001,\"reason\":\"payment declined\"}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getAsJsonObject().get("closed").getAsInt()).isEqualTo(1);

    TestSocket.Event closed = client.awaitClosed();
    assertThat(closed.code()).isEqualTo(4001);
    assertThat(closed.text()).isEqualTo("payment declined");
    JsonObject closeFrame = awaitFrame("{\"direction\":\"out\",\"type\":\"close\"}");
    assertThat(closeFrame.get("code").getAsInt()).isEqualTo(4001);
    JsonObject connection = control.get("connections/c1/closed").json().getAsJsonObject();
    assertThat(connection.get("closeCode").getAsInt())
        .as("our close, not the client's echo")
        .isEqualTo(4001);
    assertThat(connection.get("closeReason").getAsString()).isEqualTo("payment declined");
  }

  @Test
  void closeDefaultsTo1000() {
    TestSocket client = connect("/payments", 1);
    assertThat(control.post("connections/latest/close", "").status()).isEqualTo(200);
    assertThat(client.awaitClosed().code()).isEqualTo(1000);
  }

  @Test
  void clientCloseIsJournaledAndRecorded() {
    TestSocket client = connect("/payments", 1);
    client.socket().sendClose(4100, "bye").join();
    JsonObject closeFrame = awaitFrame("{\"type\":\"close\"}");
    assertThat(closeFrame.get("code").getAsInt()).isEqualTo(4100);
    assertThat(closeFrame.get("reason").getAsString()).isEqualTo("bye");
    JsonObject connection = control.get("connections/c1").json().getAsJsonObject();
    assertThat(connection.get("state").getAsString()).isEqualTo("CLOSED");
    assertThat(connection.get("closeCode").getAsInt()).isEqualTo(4100);
  }

  @Test
  void aCloseSucceedsEvenWhenTheClientsEchoOvertakesTheWrite() {
    // In-process, the client's echo can arrive before Jetty reports the close frame written.
    for (int round = 0; round < 200; round++) {
      TestSocket client = TestSocket.connect(ws("/payments"));
      String id =
          control
              .get("connections/await")
              .json()
              .getAsJsonArray()
              .get(0)
              .getAsJsonObject()
              .get("id")
              .getAsString();
      ControlHttp.Answer answer =
          control.post("connections/" + id + "/close", "{\"code\":4001,\"reason\":\"declined\"}");
      assertThat(answer.status()).as("round %d: %s", round, answer.body()).isEqualTo(200);
      assertThat(client.awaitClosed().code()).isEqualTo(4001);
      control.post("reset", "");
    }
  }

  @Test
  void dropEndsTheConnectionWithoutAHandshake() {
    TestSocket client = connect("/payments", 1);
    assertThat(control.post("connections/c1/drop", "").status()).isEqualTo(200);
    assertThat(client.awaitClosed().code())
        .as("the client sees an abnormal closure")
        .isEqualTo(1006);
    assertThat(frames(""))
        .as("no close frame was sent")
        .noneMatch(frame -> frame.getAsJsonObject().get("type").getAsString().equals("close"));
  }

  @Test
  void closedAwaitAnswersOnceTheClientHasClosed() throws Exception {
    TestSocket client = connect("/payments", 1);
    ControlHttp.Answer stillOpen = control.get("connections/c1/closed?timeoutMs=50");
    assertThat(stillOpen.status()).isEqualTo(422);
    assertThat(stillOpen.message()).contains("c1 was still open");

    CompletableFuture<ControlHttp.Answer> waiting =
        CompletableFuture.supplyAsync(() -> control.get("connections/c1/closed"));
    client.socket().sendClose(1000, "done").join();
    JsonObject closed = waiting.get().json().getAsJsonObject();
    assertThat(closed.get("state").getAsString()).isEqualTo("CLOSED");
    assertThat(closed.get("closeCode").getAsInt()).isEqualTo(1000);
    assertThat(control.get("connections/all/closed").status()).isEqualTo(400);
  }

  @Test
  void sendingToAClosedConnectionIsA409() {
    TestSocket client = connect("/payments", 1);
    control.post("connections/c1/close", "");
    client.awaitClosed();
    control.get("connections/c1/closed");
    ControlHttp.Answer answer = control.post("connections/c1/send", "{\"text\":\"late\"}");
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.message()).contains("c1 is closed");
  }

  @Test
  void latestIsTheNewestOpenConnection() {
    TestSocket first = connect("/one", 1);
    TestSocket second = connect("/two", 2);
    control.post("connections/latest/send", "{\"text\":\"to the newest\"}");
    assertThat(second.nextText()).isEqualTo("to the newest");

    control.post("connections/c2/close", "");
    second.awaitClosed();
    control.get("connections/c2/closed");
    control.post("connections/latest/send", "{\"text\":\"now the first\"}");
    assertThat(first.nextText()).isEqualTo("now the first");
  }

  @Test
  void allReachesEveryOpenConnection() {
    TestSocket first = connect("/one", 1);
    TestSocket second = connect("/two", 2);
    ControlHttp.Answer answer =
        control.post("connections/all/send", "{\"json\":{\"state\":\"FULFILL\"}}");
    assertThat(answer.json().getAsJsonObject().get("sent").getAsInt()).isEqualTo(2);
    assertThat(first.nextText()).isEqualTo("{\"state\":\"FULFILL\"}");
    assertThat(second.nextText()).isEqualTo("{\"state\":\"FULFILL\"}");
  }

  @Test
  void stoppingTheServerClosesConnectionsWith1001() {
    TestSocket client = connect("/payments", 1);
    server.stop();
    TestSocket.Event closed = client.awaitClosed();
    assertThat(closed.code()).isEqualTo(1001);
    assertThat(closed.text()).isEqualTo("mock server shutting down");
  }

  @Test
  void logTellsOfOpeningsAndClosings() {
    TestSocket client = connect("/payments?order=7", 1);
    control.post("connections/c1/close", "{\"code\":1000}");
    client.awaitClosed();
    control.get("connections/c1/closed");
    assertThat(logText())
        .contains("c1 opened /payments?order=7")
        .contains("c1 closed with code 1000");
  }
}
