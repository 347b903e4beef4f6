package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.ControlContract;
import org.mockpayments.testsupport.TestSocket;

/**
 * Eight HTTP clients send 25,000 control requests each, valid and invalid mixed, while WebSocket
 * clients stream frames: every request gets an answer, every answer is JSON (JSON Lines for the
 * transcript) that fits the OpenAPI document, and none is a 5xx.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class SoakTest extends EmbeddedServer {
  private static final int CLIENTS = 8;
  private static final int REQUESTS_EACH = 25_000;
  private static final int STREAMERS = 4;

  /** A recent seq of the server, refreshed by the streamers, for since= parameters. */
  private final AtomicLong recentSeq = new AtomicLong();

  @Override
  ServerSettings settings() {
    return ServerSettings.builder().maxBodyBytes(64 * 1024).build();
  }

  @Test
  void everyRequestIsAnsweredWithJsonAndNoneWithA5xx() throws Exception {
    List<TestSocket> streamers = new ArrayList<>();
    for (int i = 1; i <= STREAMERS; i++) {
      streamers.add(connect("/stream/" + i, i));
    }
    AtomicLong streamed = new AtomicLong();
    // A steady stream, a frame per client every millisecond, not a flood: paced by the scheduler.
    ScheduledExecutorService streams = Executors.newScheduledThreadPool(STREAMERS);
    for (TestSocket streamer : streamers) {
      streams.scheduleAtFixedRate(
          () -> {
            long n = streamed.incrementAndGet();
            streamer.send("frame " + n);
            if (n % 200 == 0) {
              recentSeq.set(server.client().lastSeq());
            }
          },
          0,
          1,
          TimeUnit.MILLISECONDS);
    }

    Map<String, String> problems = new ConcurrentHashMap<>();
    Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<CompletableFuture<Void>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int seed = c;
        clients.add(CompletableFuture.runAsync(() -> soak(seed, problems, statuses), pool));
      }
      CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(550, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
      streams.shutdownNow();
      streams.awaitTermination(5, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "soak: %d requests from %d clients in %.1f s (%.0f/s), %d frames streamed meanwhile; %s%n",
        CLIENTS * REQUESTS_EACH,
        CLIENTS,
        seconds,
        CLIENTS * REQUESTS_EACH / seconds,
        streamed.get(),
        new TreeMap<>(statuses));

    assertThat(problems)
        .as("requests with no answer, a 5xx, or an answer that is not JSON or breaks the document")
        .isEmpty();
    assertThat(statuses.values().stream().mapToLong(AtomicLong::get).sum())
        .isEqualTo((long) CLIENTS * REQUESTS_EACH);
    assertThat(control.get("health").status()).isEqualTo(200);
  }

  /** One client's share: its own HTTP client, requests valid and invalid in turn. */
  private void soak(int seed, Map<String, String> problems, Map<String, AtomicLong> statuses) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Random random = new Random(20261129L + seed);
    for (int i = 0; i < REQUESTS_EACH; i++) {
      HostileRequests.Request request =
          random.nextBoolean() ? valid(random) : HostileRequests.generate(random, 64 * 1024);
      URI uri = URI.create("http://localhost:" + server.controlPort() + request.path());
      HttpResponse<String> response;
      try {
        response =
            http.send(
                HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .method(
                        request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        problems.putIfAbsent(
            request.kind() + " " + request.method() + " " + request.path(), "no answer: " + e);
        continue;
      }
      statuses
          .computeIfAbsent(
              request.kind().startsWith("valid")
                  ? "valid " + response.statusCode()
                  : "invalid " + response.statusCode(),
              k -> new AtomicLong())
          .incrementAndGet();
      String problem = problemWith(request, response);
      if (problem != null) {
        problems.putIfAbsent(
            request.kind() + " " + request.method() + " " + request.path(), problem);
      }
    }
  }

  private static String problemWith(
      HostileRequests.Request request, HttpResponse<String> response) {
    if (response.statusCode() >= 500) {
      return "status " + response.statusCode() + ": " + response.body();
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    try {
      for (String line :
          contentType.startsWith("application/x-ndjson")
              ? response.body().split("\n")
              : new String[] {response.body()}) {
        if (!line.isEmpty()) {
          JsonParser.parseString(line);
        }
      }
    } catch (RuntimeException e) {
      return "not JSON: " + response.body();
    }
    return ControlContract.get()
        .violation(
            request.method(), response.uri(), response.statusCode(), contentType, response.body());
  }

  /** A well-formed request of the kind a test makes, which the server should mostly accept. */
  private HostileRequests.Request valid(Random random) {
    long seq = Math.max(0, seqNow() - 20);
    int pick = random.nextInt(13);
    return switch (pick) {
      case 0 -> get("/health");
      case 1 -> get("/connections");
      case 2 -> get("/connections/c" + (1 + random.nextInt(STREAMERS)));
      case 3 -> get("/frames?since=" + seq);
      case 4 -> post("/frames/await", "{\"since\":" + seq + ",\"timeoutMs\":0}");
      case 5 -> post("/connections/c1/send", "{\"text\":\"pushed\"}");
      case 6 -> get("/stubs");
      case 7 ->
          post(
              "/stubs",
              "{\"on\":\"message\",\"match\":{\"equals\":\"never\"},\"reply\":[{\"text\":\"x\"}],\"times\":1}");
      case 8 -> get("/transcript?since=" + seq);
      case 9 -> get("/clients?identity=path");
      case 10 -> get("/connections/await?count=1&since=0&timeoutMs=0");
      case 11 -> delete("/stubs");
      default -> get("/handshake-rejections");
    };
  }

  private long seqNow() {
    return recentSeq.get();
  }

  private static HostileRequests.Request get(String path) {
    return new HostileRequests.Request(
        "valid GET " + path.replaceAll("\\?.*|c\\d+", ""), "GET", path, new byte[0]);
  }

  private static HostileRequests.Request delete(String path) {
    return new HostileRequests.Request("valid DELETE " + path, "DELETE", path, new byte[0]);
  }

  private static HostileRequests.Request post(String path, String body) {
    return new HostileRequests.Request(
        "valid POST " + path.replaceAll("c\\d+", ""),
        "POST",
        path,
        body.getBytes(StandardCharsets.UTF_8));
  }
}
