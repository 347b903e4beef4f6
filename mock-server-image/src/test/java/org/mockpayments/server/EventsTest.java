package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.TestSocket;

@Timeout(30)
class EventsTest extends EmbeddedServer {
  @Test
  void streamsConnectionsAndFramesAsTheyHappen() throws Exception {
    HttpResponse<InputStream> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.controlPort() + "/events"))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).as("headers come at once").isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");

    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      TestSocket client = connect("/payments", 1);
      client.send("{\"hello\":1}");
      awaitFrame("{}");
      control.post("connections/c1/close", "");

      List<String> events = new ArrayList<>();
      String event = null;
      for (String line = reader.readLine();
          line != null && events.size() < 5;
          line = reader.readLine()) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ")) {
          events.add(event + " " + line.substring(6));
        }
      }
      assertThat(events.get(0))
          .startsWith("connection {\"id\":\"c1\"")
          .contains("\"state\":\"OPEN\"");
      assertThat(events.get(0)).contains("\"seq\":1,");
      assertThat(events.get(1))
          .startsWith("frame {\"seq\":2")
          .contains("\"text\":\"{\\\"hello\\\":1}\"");
      assertThat(events.get(2))
          .startsWith("frame {\"seq\":3")
          .contains("\"direction\":\"out\"")
          .contains("\"type\":\"close\"");
      assertThat(events.get(3))
          .startsWith("frame {\"seq\":4")
          .contains("\"direction\":\"in\"")
          .contains("\"type\":\"close\"");
      assertThat(events.get(4))
          .startsWith("connection {\"id\":\"c1\"")
          .contains("\"state\":\"CLOSED\"");
    }
  }

  @Test
  void aResetIsAnEventThatSaysWhereTheHistoryWasCut() throws Exception {
    HttpResponse<InputStream> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.controlPort() + "/events"))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      connect("/payments", 1);
      long seq = control.post("reset", "").json().getAsJsonObject().get("seq").getAsLong();

      String event = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ") && "reset".equals(event)) {
          assertThat(line).isEqualTo("data: {\"seq\":" + seq + "}");
          return;
        }
      }
      throw new AssertionError("no reset event came");
    }
  }
}
