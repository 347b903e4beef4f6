package org.mockpayments.server.internal.proxy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.Json;

/**
 * The reply a recorded frame or close of the target becomes, with the client frame's volatile
 * values it echoes replaced by placeholders.
 */
final class Replies {
  private static final int SHORTEST_ECHO = 3;

  private Replies() {}

  static JsonObject of(Payload payload, Map<String, JsonElement> volatileValues) {
    JsonObject reply = new JsonObject();
    if (payload instanceof Payload.Binary binary) {
      reply.addProperty("binary", binary.bytes().base64());
    } else if (payload instanceof Payload.Close close) {
      if (close.code() == 1006 || close.code() == 1015) {
        reply.addProperty("drop", true);
      } else {
        JsonObject frame = new JsonObject();
        if (close.code() == 1005) {
          frame.addProperty("noStatus", true);
        } else {
          frame.addProperty("code", close.code());
          frame.addProperty("reason", close.reason());
        }
        reply.add("close", frame);
      }
    } else {
      String text = payload.text();
      JsonElement json = Json.tryParse(text).orElse(null);
      if (json != null) {
        reply.add("json", echoes(json, volatileValues));
      } else {
        reply.addProperty("text", echoes(text, volatileValues));
      }
    }
    return reply;
  }

  private static JsonElement echoes(JsonElement json, Map<String, JsonElement> values) {
    if (json.isJsonObject()) {
      JsonObject out = new JsonObject();
      json.getAsJsonObject()
          .entrySet()
          .forEach(f -> out.add(f.getKey(), echoes(f.getValue(), values)));
      return out;
    }
    if (json.isJsonArray()) {
      JsonArray out = new JsonArray();
      json.getAsJsonArray().forEach(element -> out.add(echoes(element, values)));
      return out;
    }
    if (json.isJsonPrimitive()) {
      for (Map.Entry<String, JsonElement> value : values.entrySet()) {
        if (value.getValue().equals(json)) {
          return StubsFromRecordings.placeholder(value.getKey());
        }
      }
      if (json.getAsJsonPrimitive().isString()) {
        return new JsonPrimitive(echoes(json.getAsString(), values));
      }
    }
    return json;
  }

  private static String echoes(String text, Map<String, JsonElement> values) {
    String out = text;
    for (Map.Entry<String, JsonElement> value : values.entrySet()) {
      JsonElement element = value.getValue();
      if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
        String echoed = element.getAsString();
        if (echoed.length() >= SHORTEST_ECHO) {
          out = out.replace(echoed, "{{json." + value.getKey() + "}}");
        }
      }
    }
    return out;
  }
}
