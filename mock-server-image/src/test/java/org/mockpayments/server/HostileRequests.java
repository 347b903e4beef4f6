package org.mockpayments.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Generated malformed or hostile control requests, each with the kind of mistake it carries. */
final class HostileRequests {
  /** One generated request. */
  record Request(String kind, String method, String path, byte[] body) {}

  private HostileRequests() {}

  private static final String[] ROUTES_WITH_BODY = {
    "/connections/c1/send",
    "/connections/c1/close",
    "/connections/c1/ping",
    "/frames/await",
    "/stubs",
    "/reset"
  };

  private static final String[] VALID_BODIES = {
    "{\"text\":\"hello\"}",
    "{\"code\":4001,\"reason\":\"declined\"}",
    "{\"base64\":\"AQID\"}",
    "{\"match\":{\"jsonSubset\":{\"a\":1}},\"timeoutMs\":10}",
    "{\"on\":\"message\",\"match\":{\"equals\":\"x\"},\"reply\":[{\"text\":\"y\"}]}",
    "{\"closeConnections\":false}"
  };

  /**
   * One request with one mistake, of a kind picked at random; bodies over {@code bodyLimit} are too
   * large.
   */
  static Request generate(Random random, int bodyLimit) {
    int route = random.nextInt(ROUTES_WITH_BODY.length);
    String path = ROUTES_WITH_BODY[route];
    String valid = VALID_BODIES[route];
    List<Function<Random, Request>> kinds =
        List.of(
            r -> new Request("unknown route", "GET", "/" + word(r) + "/" + word(r), new byte[0]),
            r -> new Request("wrong method", r.nextBoolean() ? "PUT" : "PATCH", path, utf8(valid)),
            r ->
                new Request(
                    "broken JSON",
                    "POST",
                    path,
                    utf8(valid.substring(0, 1 + r.nextInt(valid.length() - 1)))),
            r -> new Request("wrong type", "POST", path, utf8(withWrongValue(valid, r))),
            r -> new Request("unknown key", "POST", path, utf8("{\"" + word(r) + "\":1}")),
            r ->
                new Request(
                    "deep nesting",
                    "POST",
                    "/stubs",
                    utf8(deep(100 + r.nextInt(20_000), r.nextBoolean()))),
            r ->
                new Request(
                    "huge body",
                    "POST",
                    path,
                    utf8("{\"text\":\"" + "x".repeat(bodyLimit + r.nextInt(bodyLimit)) + "\"}")),
            r ->
                new Request(
                    "unknown id",
                    "POST",
                    "/connections/c" + (2 + r.nextInt(1000)) + "/send",
                    utf8("{\"text\":\"x\"}")),
            r ->
                new Request(
                    "bad regex",
                    "POST",
                    "/frames/await",
                    utf8("{\"match\":{\"regex\":\"(" + word(r) + "[\"}}")),
            r ->
                new Request(
                    "bad base64",
                    "POST",
                    "/connections/c1/send",
                    utf8("{\"binary\":\"" + word(r) + "!*\"}")),
            r -> new Request("random bytes", "POST", path, bytes(r)),
            r ->
                new Request(
                    "bad query",
                    "GET",
                    "/connections/await?count="
                        + (r.nextBoolean() ? "-" : "x")
                        + r.nextInt(9)
                        + "&timeoutMs="
                        + word(r),
                    new byte[0]),
            r ->
                new Request(
                    "unknown stub", "DELETE", "/stubs/s" + (1000 + r.nextInt(1000)), new byte[0]));
    return kinds.get(random.nextInt(kinds.size())).apply(random);
  }

  /** Replaces one value of a valid body with one of a type (or range) that key never accepts. */
  private static String withWrongValue(String valid, Random random) {
    JsonObject body = JsonParser.parseString(valid).getAsJsonObject();
    List<String> keys = new ArrayList<>(body.keySet());
    String key = keys.get(random.nextInt(keys.size()));
    JsonElement original = body.get(key);
    String[] wrong;
    if (original.isJsonObject()) {
      wrong = new String[] {"123", "true", "\"x\"", "[]"};
    } else if (original.isJsonArray()) {
      // Not "[]": a stub's empty reply list is a valid "answer nothing".
      wrong = new String[] {"123", "true", "\"x\"", "{}"};
    } else if (original.getAsJsonPrimitive().isBoolean()) {
      wrong = new String[] {"123", "\"yes\"", "[]", "{}"};
    } else if (original.getAsJsonPrimitive().isNumber()) {
      wrong = new String[] {"-1", "3.5", "1e400", "true", "\"10\"", "[]", "{}"};
    } else {
      wrong = new String[] {"123", "true", "[]", "{}", "3.5"};
    }
    return valid.replace(
        "\"" + key + "\":" + original, "\"" + key + "\":" + wrong[random.nextInt(wrong.length)]);
  }

  private static String deep(int depth, boolean arrays) {
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    return "{\"on\":\"message\",\"reply\":[{\"json\":"
        + open.repeat(depth)
        + "1"
        + close.repeat(depth)
        + "}]}";
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
}
