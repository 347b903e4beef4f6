package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.ControlContract;
import org.mockpayments.testsupport.TestSocket;

/**
 * Ten thousand generated malformed or hostile control requests: every answer must be a JSON error
 * with a 4xx status, and the server must serve normal requests afterwards.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest extends EmbeddedServer {
  private static final int REQUESTS = 10_000;
  private static final int BODY_LIMIT = 64 * 1024;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  ServerSettings settings() {
    return ServerSettings.builder().maxMessageBytes(BODY_LIMIT).maxBodyBytes(BODY_LIMIT).build();
  }

  @Test
  void everyHostileRequestGetsAJson4xxAndTheServerCarriesOn() throws Exception {
    TestSocket client = connect("/payments", 1);
    Random random = new Random(20261123);
    List<HostileRequests.Request> requests = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      requests.add(HostileRequests.generate(random, BODY_LIMIT));
    }
    long heapBefore = usedHeapAfterGc();

    Map<String, AtomicInteger> byKindAndStatus = new TreeMap<>();
    Map<String, String> violations = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (HostileRequests.Request request : requests) {
        all.add(
            CompletableFuture.runAsync(
                () -> {
                  HttpResponse<String> response = send(request);
                  String key = request.kind() + " -> " + response.statusCode();
                  synchronized (byKindAndStatus) {
                    byKindAndStatus
                        .computeIfAbsent(key, k -> new AtomicInteger())
                        .incrementAndGet();
                  }
                  String problem = problemWith(response);
                  if (problem == null) {
                    problem =
                        ControlContract.get()
                            .violation(
                                request.method(),
                                response.uri(),
                                response.statusCode(),
                                response.headers().firstValue("Content-Type").orElse(""),
                                response.body());
                  }
                  if (problem != null) {
                    violations.putIfAbsent(
                        request.kind() + " " + request.method() + " " + request.path(), problem);
                  }
                },
                pool));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdown();
    }
    System.out.println("hostile requests by kind and status: " + byKindAndStatus);

    assertThat(violations).as("requests whose answer was not a JSON 4xx error").isEmpty();
    assertThat(control.get("health").status()).isEqualTo(200);
    control.post("connections/c1/send", "{\"text\":\"still here\"}");
    assertThat(client.nextText()).as("the WebSocket side still works").isEqualTo("still here");
    long heapAfter = usedHeapAfterGc();
    System.out.printf("heap used before %d MiB, after %d MiB%n", heapBefore >> 20, heapAfter >> 20);
    assertThat(heapAfter - heapBefore).as("memory stays stable").isLessThan(64L << 20);
  }

  private HttpResponse<String> send(HostileRequests.Request request) {
    try {
      return http.send(
          HttpRequest.newBuilder(
                  URI.create("http://localhost:" + server.controlPort() + request.path()))
              .timeout(Duration.ofSeconds(30))
              .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(request.kind() + " " + request.path() + " got no answer: " + e, e);
    }
  }

  /** Null when the answer is a JSON 4xx error with a code and a sentence; else what is wrong. */
  private static String problemWith(HttpResponse<String> response) {
    if (response.statusCode() < 400 || response.statusCode() > 499) {
      return "status " + response.statusCode() + ": " + response.body();
    }
    try {
      JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
      String message = body.get("message").getAsString();
      if (body.get("error").getAsString().isBlank() || message.length() < 10) {
        return "no useful error: " + response.body();
      }
      return null;
    } catch (RuntimeException e) {
      return "not the JSON error shape: " + response.body();
    }
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
