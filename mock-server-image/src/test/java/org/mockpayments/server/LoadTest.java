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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.TestSocket;

/**
 * 200 clients sending 500 frames each while the control API is read and awaited at the same time:
 * exactly 100,000 incoming frames, in order per connection, and every await returns the right
 * frame.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LoadTest extends EmbeddedServer {
  private static final int CLIENTS = 200;
  private static final int FRAMES = 500;

  @Test
  void nothingIsLostUnderLoadWhileTheControlApiIsBusy() throws Exception {
    List<TestSocket> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(TestSocket.connect(ws("/load?client=" + i)));
    }
    assertThat(control.get("connections/await?count=" + CLIENTS + "&timeoutMs=30000").status())
        .isEqualTo(200);

    AtomicBoolean sending = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger awaits = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CompletableFuture<Void> reader =
          CompletableFuture.runAsync(
              () -> {
                while (sending.get()) {
                  assertThat(control.get("frames?direction=out").status()).isEqualTo(200);
                  reads.incrementAndGet();
                }
              },
              pool);
      List<CompletableFuture<Void>> awaiting = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c += 20) {
        int client = c;
        awaiting.add(
            CompletableFuture.runAsync(
                () -> {
                  JsonObject frame =
                      awaitFrame(
                          "{\"match\":{\"jsonSubset\":{\"client\":"
                              + client
                              + ",\"n\":"
                              + (FRAMES / 2)
                              + "}},\"timeoutMs\":60000}");
                  JsonObject body =
                      JsonParser.parseString(frame.get("text").getAsString()).getAsJsonObject();
                  assertThat(body.get("client").getAsInt()).isEqualTo(client);
                  assertThat(body.get("n").getAsInt()).isEqualTo(FRAMES / 2);
                  awaits.incrementAndGet();
                },
                pool));
      }
      List<CompletableFuture<Void>> senders = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        TestSocket client = clients.get(c);
        int id = c;
        senders.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int n = 0; n < FRAMES; n++) {
                    client.send("{\"client\":" + id + ",\"n\":" + n + "}");
                  }
                },
                pool));
      }
      CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).join();
      CompletableFuture.allOf(awaiting.toArray(CompletableFuture[]::new)).join();
      for (int c = 0; c < CLIENTS; c++) {
        awaitFrame(
            "{\"match\":{\"jsonSubset\":{\"client\":"
                + c
                + ",\"n\":"
                + (FRAMES - 1)
                + "}},\"timeoutMs\":60000}");
      }
      sending.set(false);
      reader.join();
    } finally {
      pool.shutdown();
    }

    Map<String, List<Integer>> perConnection = new HashMap<>();
    int total = 0;
    for (JsonElement element : frames("?direction=in")) {
      JsonObject frame = element.getAsJsonObject();
      if (!frame.get("type").getAsString().equals("text")) {
        continue;
      }
      JsonObject body = JsonParser.parseString(frame.get("text").getAsString()).getAsJsonObject();
      perConnection
          .computeIfAbsent(frame.get("connection").getAsString(), k -> new ArrayList<>())
          .add(body.get("n").getAsInt());
      total++;
    }
    System.out.printf(
        "load: %d frames journaled from %d connections; %d reads and %d awaits during the load%n",
        total, perConnection.size(), reads.get(), awaits.get());
    assertThat(total).as("incoming frames journaled").isEqualTo(CLIENTS * FRAMES);
    assertThat(awaits.get()).isEqualTo(CLIENTS / 20);
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
