package org.mockpayments.server.internal.proxy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.Json;

/** The match a recorded client frame becomes (see {@link StubsFromRecordings}). */
final class Matches {
  private Matches() {}

  static JsonObject of(Payload frame) {
    JsonObject match = new JsonObject();
    if (frame instanceof Payload.Binary binary) {
      match.addProperty("base64", binary.bytes().base64());
      return match;
    }
    String text = frame.text();
    JsonElement json = Json.tryParse(text).orElse(null);
    if (json == null) {
      match.addProperty("equals", text);
    } else if (json.isJsonObject()) {
      Map<String, JsonElement> left = new LinkedHashMap<>();
      match.add("jsonSubset", VolatileFields.stablePart(json.getAsJsonObject(), "", left));
      if (!left.isEmpty()) {
        JsonArray paths = new JsonArray();
        left.keySet().forEach(paths::add);
        match.add("jsonHas", paths);
      }
    } else {
      match.add("json", json);
    }
    return match;
  }
}
