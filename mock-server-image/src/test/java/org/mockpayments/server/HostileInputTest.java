package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One generated request and the kind of mistake it carries. */
  private record Hostile(String kind, String method, String path, byte[] body) {}

  @Override
  ServerSettings settings() {
    return ServerSettings.builder().maxMessageBytes(BODY_LIMIT).maxBodyBytes(BODY_LIMIT).build();
  }

  @Test
  void everyHostileRequestGetsAJson4xxAndTheServerCarriesOn() throws Exception {
    TestSocket client = connect("/payments", 1);
    Random random = new Random(20261123);
    List<Hostile> requests = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      requests.add(generate(random));
    }
    long heapBefore = usedHeapAfterGc();

    Map<String, AtomicInteger> byKindAndStatus = new TreeMap<>();
    Map<String, String> violations = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (Hostile request : requests) {
        all.add(CompletableFuture.runAsync(() -> {
          HttpResponse<String> response = send(request);
          String key = request.kind() + " -> " + response.statusCode();
          synchronized (byKindAndStatus) {
            byKindAndStatus.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
          }
          String problem = problemWith(response);
          if (problem == null) {
            problem = ControlContract.get().violation(request.method(), response.uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
          }
          if (problem != null) {
            violations.putIfAbsent(request.kind() + " " + request.method() + " " + request.path(), problem);
          }
        }, pool));
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

  private HttpResponse<String> send(Hostile request) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.controlPort() + request.path()))
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

  private static final String[] ROUTES_WITH_BODY = {
      "/connections/c1/send", "/connections/c1/close", "/connections/c1/ping", "/frames/await", "/stubs", "/reset"};

  private static final String[] VALID_BODIES = {
      "{\"text\":\"hello\"}", "{\"code\":4001,\"reason\":\"declined\"}", "{\"base64\":\"AQID\"}",
      "{\"match\":{\"jsonSubset\":{\"a\":1}},\"timeoutMs\":10}",
      "{\"on\":\"message\",\"match\":{\"equals\":\"x\"},\"reply\":[{\"text\":\"y\"}]}", "{\"closeConnections\":false}"};

  private Hostile generate(Random random) {
    int route = random.nextInt(ROUTES_WITH_BODY.length);
    String path = ROUTES_WITH_BODY[route];
    String valid = VALID_BODIES[route];
    List<Function<Random, Hostile>> kinds = List.of(
        r -> new Hostile("unknown route", "GET", "/" + word(r) + "/" + word(r), new byte[0]),
        r -> new Hostile("wrong method", r.nextBoolean() ? "PUT" : "PATCH", path, utf8(valid)),
        r -> new Hostile("broken JSON", "POST", path, utf8(valid.substring(0, 1 + r.nextInt(valid.length() - 1)))),
        r -> new Hostile("wrong type", "POST", path, utf8(withWrongValue(valid, r))),
        r -> new Hostile("unknown key", "POST", path, utf8("{\"" + word(r) + "\":1}")),
        r -> new Hostile("deep nesting", "POST", "/stubs", utf8(deep(100 + r.nextInt(20_000), r.nextBoolean()))),
        r -> new Hostile("huge body", "POST", path, utf8("{\"text\":\"" + "x".repeat(BODY_LIMIT + r.nextInt(BODY_LIMIT)) + "\"}")),
        r -> new Hostile("unknown id", "POST", "/connections/c" + (2 + r.nextInt(1000)) + "/send", utf8("{\"text\":\"x\"}")),
        r -> new Hostile("bad regex", "POST", "/frames/await", utf8("{\"match\":{\"regex\":\"(" + word(r) + "[\"}}")),
        r -> new Hostile("bad base64", "POST", "/connections/c1/send", utf8("{\"binary\":\"" + word(r) + "!*\"}")),
        r -> new Hostile("random bytes", "POST", path, bytes(r)),
        r -> new Hostile("bad query", "GET", "/connections/await?count=" + (r.nextBoolean() ? "-" : "x") + r.nextInt(9)
            + "&timeoutMs=" + word(r), new byte[0]),
        r -> new Hostile("unknown stub", "DELETE", "/stubs/s" + (1000 + r.nextInt(1000)), new byte[0]));
    return kinds.get(random.nextInt(kinds.size())).apply(random);
  }

  /** Replaces one value of a valid body with one of a type (or range) that key never accepts. */
  private static String withWrongValue(String valid, Random random) {
    JsonObject body = JsonParser.parseString(valid).getAsJsonObject();
    List<String> keys = new ArrayList<>(body.keySet());
    String key = keys.get(random.nextInt(keys.size()));
    var original = body.get(key);
    String[] wrong;
    if (original.isJsonObject()) {
      wrong = new String[] {"123", "true", "\"x\"", "[]"};
    } else if (original.isJsonArray()) {
      wrong = new String[] {"123", "true", "\"x\"", "{}", "[]"};
    } else if (original.getAsJsonPrimitive().isBoolean()) {
      wrong = new String[] {"123", "\"yes\"", "[]", "{}"};
    } else if (original.getAsJsonPrimitive().isNumber()) {
      wrong = new String[] {"-1", "3.5", "1e400", "true", "\"10\"", "[]", "{}"};
    } else {
      wrong = new String[] {"123", "true", "[]", "{}", "3.5"};
    }
    return valid.replace("\"" + key + "\":" + original, "\"" + key + "\":" + wrong[random.nextInt(wrong.length)]);
  }

  private static String deep(int depth, boolean arrays) {
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    return "{\"on\":\"message\",\"reply\":[{\"json\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}]}";
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static byte[] bytes(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(512)];
    random.nextBytes(bytes);
    bytes[0] = (byte) 0xC3; // never a valid start of a JSON document
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
