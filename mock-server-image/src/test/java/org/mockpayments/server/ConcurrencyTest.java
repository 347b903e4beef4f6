package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.mockpayments.testsupport.TestSocket;

class ConcurrencyTest extends EmbeddedServer {
  private static final int CLIENTS = 20;
  private static final int FRAMES = 250;

  @Test
  void manyClientsSendingAtOnceLoseNothingAndKeepTheirOrder() throws Exception {
    List<TestSocket> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(TestSocket.connect(ws("/payments?client=" + i)));
    }
    control.get("connections/await?count=" + CLIENTS);

    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<CompletableFuture<Void>> sending = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        TestSocket client = clients.get(i);
        int id = i;
        sending.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int n = 0; n < FRAMES; n++) {
                    client.send("{\"client\":" + id + ",\"n\":" + n + "}");
                  }
                },
                pool));
        // Pushes from the control API at the same time must not disturb the incoming journal.
        control.post("connections/all/send", "{\"text\":\"push " + i + "\"}");
      }
      CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdown();
    }
    awaitFrame("{\"match\":{\"jsonSubset\":{\"n\":" + (FRAMES - 1) + "}},\"since\":0}");

    Map<String, List<Integer>> perConnection = new HashMap<>();
    long deadline = System.nanoTime() + 10_000_000_000L;
    int total;
    do {
      perConnection.clear();
      total = 0;
      for (JsonElement element : frames("?direction=in")) {
        JsonObject frame = element.getAsJsonObject();
        JsonObject body = JsonParser.parseString(frame.get("text").getAsString()).getAsJsonObject();
        perConnection
            .computeIfAbsent(frame.get("connection").getAsString(), k -> new ArrayList<>())
            .add(body.get("n").getAsInt());
        total++;
      }
    } while (total < CLIENTS * FRAMES && System.nanoTime() < deadline);

    assertThat(total).as("every frame is journaled").isEqualTo(CLIENTS * FRAMES);
    List<Integer> expected = new ArrayList<>();
    for (int n = 0; n < FRAMES; n++) {
      expected.add(n);
    }
    perConnection.forEach(
        (connection, numbers) ->
            assertThat(numbers)
                .as("frames of %s in the order sent", connection)
                .isEqualTo(expected));
  }
}
