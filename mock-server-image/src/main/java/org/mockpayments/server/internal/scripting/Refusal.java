package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/** The HTTP answer that refuses an upgrade: a status from 400 to 599, headers and a body. */
public record Refusal(int status, Map<String, String> headers, String body) {

  static Refusal parse(JsonBody body, String where) {
    int status = (int) body.integer("status", 400, 599, 0);
    if (status == 0) {
      throw ApiException.badRequest(
          ApiException.sentence(where) + " needs 'status', an HTTP status from 400 to 599.");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    JsonObject headerJson = body.object("headers");
    if (headerJson != null) {
      for (Map.Entry<String, JsonElement> header : headerJson.entrySet()) {
        if (!header.getValue().isJsonPrimitive()
            || !header.getValue().getAsJsonPrimitive().isString()) {
          throw ApiException.badRequest(
              "Header '" + header.getKey() + "' of " + where + " must be a string.");
        }
        headers.put(header.getKey(), header.getValue().getAsString());
      }
    }
    String text = body.string("body");
    return new Refusal(status, Map.copyOf(headers), text == null ? "" : text);
  }
}
