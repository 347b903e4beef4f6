package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.journal.PathPattern;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * Which connections a stub is for, by their upgrade request: a path (whose {@code {name}} segments
 * take any one segment), a subprotocol, query parameters and headers, each compared for equality
 * (header names ignoring case). Null or empty parts take any value.
 */
record HandshakeScope(
    String path,
    PathPattern pathPattern,
    String subprotocol,
    Map<String, String> query,
    Map<String, String> headers) {
  /** Every connection. */
  static final HandshakeScope ANY = new HandshakeScope(null, null, null, Map.of(), Map.of());

  static HandshakeScope parse(JsonBody body, String where) {
    String path = body.string("path");
    return new HandshakeScope(
        path,
        path == null ? null : PathPattern.of(path),
        body.string("subprotocol"),
        strings(body.object("query"), "'query' in " + where),
        strings(body.object("headers"), "'headers' in " + where));
  }

  boolean fits(Handshake handshake) {
    if (pathPattern != null && pathPattern.match(handshake.path()) == null) {
      return false;
    }
    if (subprotocol != null && !subprotocol.equals(handshake.subprotocol())) {
      return false;
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (!header.getValue().equals(handshake.header(header.getKey()))) {
        return false;
      }
    }
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      if (!parameter.getValue().equals(handshake.queryParameter(parameter.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** The scope's parts as the control API writes them, added to {@code json}. */
  void addTo(JsonObject json) {
    json.addProperty("path", path);
    if (subprotocol != null) {
      json.addProperty("subprotocol", subprotocol);
    }
    if (!query.isEmpty()) {
      JsonObject object = new JsonObject();
      query.forEach(object::addProperty);
      json.add("query", object);
    }
    if (!headers.isEmpty()) {
      JsonObject object = new JsonObject();
      headers.forEach(object::addProperty);
      json.add("headers", object);
    }
  }

  private static Map<String, String> strings(JsonObject object, String where) {
    Map<String, String> values = new LinkedHashMap<>();
    if (object == null) {
      return Map.of();
    }
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      JsonElement value = field.getValue();
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
        throw ApiException.badRequest(
            "'" + field.getKey() + "' of " + where + " must be a string, the value to compare.");
      }
      values.put(field.getKey(), value.getAsString());
    }
    return Map.copyOf(values);
  }
}
