package org.mockpayments.server.internal.proxy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * A real server connections are forwarded to: those on {@code path} (all when null) go to {@code
 * uri} with the same path and query, the client's headers and {@code headers} added over them.
 * {@code insecure} accepts any certificate of a {@code wss://} target.
 */
public record Target(
    String id, String path, URI uri, Map<String, String> headers, boolean insecure) {

  /** Parses a target of the control API or of {@code MOCK_PROXY_TARGET}. */
  public static Target parse(String id, JsonElement element, String where) {
    JsonBody body = JsonBody.of(element, where, "path", "target", "headers", "insecure");
    String target = body.requiredString("target");
    Map<String, String> headers = new LinkedHashMap<>();
    JsonObject headerJson = body.object("headers");
    if (headerJson != null) {
      for (Map.Entry<String, JsonElement> header : headerJson.entrySet()) {
        JsonElement value = header.getValue();
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
          throw ApiException.badRequest(
              "Header '" + header.getKey() + "' of " + where + " must be a string.");
        }
        headers.put(header.getKey(), value.getAsString());
      }
    }
    return new Target(
        id,
        body.string("path"),
        uri(target, where),
        Map.copyOf(headers),
        body.bool("insecure", false));
  }

  /**
   * The target of the server's settings, id {@code p0}, for every path.
   *
   * @throws IllegalArgumentException if {@code uri} is no usable target
   */
  public static Target configured(URI uri, Map<String, String> headers, boolean insecure) {
    try {
      return new Target("p0", null, uri(uri.toString(), "the proxy settings"), headers, insecure);
    } catch (ApiException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** A {@code ws://} or {@code wss://} URI with a host and no path of its own, or a 400. */
  static URI uri(String target, String where) {
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || !("ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme()))
        || uri.getHost() == null
        || (uri.getRawPath() != null
            && !uri.getRawPath().isEmpty()
            && !uri.getRawPath().equals("/"))
        || uri.getRawQuery() != null) {
      throw ApiException.badRequest(
          "'target' in "
              + where
              + " must be a ws:// or wss:// address with a host and no path, such as"
              + " ws://payments-sandbox:8080 (the client's path and query are kept), not '"
              + target
              + "'.");
    }
    return uri;
  }

  /** Whether connections on {@code requestPath} go to this target. */
  boolean fits(String requestPath) {
    return path == null || path.equals(requestPath);
  }

  /** The target as the control API lists it: header values are never shown. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("id", id);
    json.addProperty("path", path);
    json.addProperty("target", uri.toString());
    JsonObject names = new JsonObject();
    headers.keySet().forEach(name -> names.addProperty(name, "(set)"));
    json.add("headers", names);
    json.addProperty("insecure", insecure);
    return json;
  }
}
