package org.mockpayments.server.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Rules that refuse WebSocket upgrades with a chosen HTTP status, and the record of every attempt
 * they refused, so tests can reproduce an expired token (401), a rate limit (429) or an outage (503).
 */
final class HandshakeRejections {
  /** One rule: refuse the next {@code times} upgrades (all when null) on {@code path} (any when null). */
  static final class Rule {
    final String id;
    final String path;
    final int status;
    final Map<String, String> headers;
    final String body;
    final Integer times;
    private final AtomicInteger fired = new AtomicInteger();

    private Rule(String id, String path, int status, Map<String, String> headers, String body, Integer times) {
      this.id = id;
      this.path = path;
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.times = times;
    }

    private boolean tryFire(String requestPath) {
      if (path != null && !path.equals(requestPath)) {
        return false;
      }
      while (true) {
        int current = fired.get();
        if (times != null && current >= times) {
          return false;
        }
        if (fired.compareAndSet(current, current + 1)) {
          return true;
        }
      }
    }

    JsonObject toJson() {
      JsonObject json = new JsonObject();
      json.addProperty("id", id);
      json.addProperty("path", path);
      json.addProperty("status", status);
      JsonObject headerJson = new JsonObject();
      headers.forEach(headerJson::addProperty);
      json.add("headers", headerJson);
      json.addProperty("body", body);
      json.addProperty("times", times);
      json.addProperty("fired", fired.get());
      return json;
    }
  }

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final List<JsonObject> attempts = new CopyOnWriteArrayList<>();
  private final Consumer<JsonObject> listener;
  private int nextId = 1;

  /** {@code listener} hears of every refused attempt. */
  HandshakeRejections(Consumer<JsonObject> listener) {
    this.listener = listener;
  }

  synchronized Rule add(JsonElement definition) {
    JsonBody body = JsonBody.of(definition, "the rejection rule", "path", "status", "headers", "body", "times");
    int status = (int) body.integer("status", 400, 599, 0);
    if (status == 0) {
      throw ApiException.badRequest("A rejection rule needs 'status', an HTTP status from 400 to 599.");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    JsonObject headerJson = body.object("headers");
    if (headerJson != null) {
      for (Map.Entry<String, JsonElement> header : headerJson.entrySet()) {
        if (!header.getValue().isJsonPrimitive() || !header.getValue().getAsJsonPrimitive().isString()) {
          throw ApiException.badRequest("Header '" + header.getKey() + "' of the rejection rule must be a string.");
        }
        headers.put(header.getKey(), header.getValue().getAsString());
      }
    }
    Long times = body.integer("times", 1, Integer.MAX_VALUE);
    String text = body.string("body");
    Rule rule = new Rule("h" + nextId++, body.string("path"), status, Map.copyOf(headers),
        text == null ? "" : text, times == null ? null : times.intValue());
    rules.add(rule);
    return rule;
  }

  /** The first rule that refuses an upgrade on {@code path}, counting the refusal, or null. */
  Rule refusing(String path) {
    for (Rule rule : rules) {
      if (rule.tryFire(path)) {
        return rule;
      }
    }
    return null;
  }

  void recordRefusal(Rule rule, String path, String query, Map<String, List<String>> headers) {
    JsonObject attempt = new JsonObject();
    attempt.addProperty("rule", rule.id);
    attempt.addProperty("path", path);
    attempt.addProperty("query", query);
    JsonObject headerJson = new JsonObject();
    headers.forEach((name, values) -> {
      JsonArray array = new JsonArray();
      values.forEach(array::add);
      headerJson.add(name, array);
    });
    attempt.add("headers", headerJson);
    attempt.addProperty("status", rule.status);
    attempt.addProperty("at", Instant.now().toString());
    attempts.add(attempt);
    listener.accept(attempt);
  }

  List<Rule> rules() {
    return List.copyOf(rules);
  }

  List<JsonObject> attempts() {
    return new ArrayList<>(attempts);
  }

  void remove(String id) {
    if (!rules.removeIf(rule -> rule.id.equals(id))) {
      throw ApiException.notFound("There is no rejection rule '" + id + "'.");
    }
  }

  synchronized void clear() {
    rules.clear();
    attempts.clear();
    nextId = 1;
  }

  void removeRules() {
    rules.clear();
  }
}
