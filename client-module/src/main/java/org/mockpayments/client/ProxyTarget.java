package org.mockpayments.client;

import com.google.gson.JsonObject;
import java.net.URI;
import java.util.function.Consumer;

/**
 * A real server the mock forwards connections to, added at run time with {@link
 * MockPayments#addProxyTarget}: the client's path, query, headers and subprotocols go on to it, its
 * frames, subprotocol, close and refusals come back, and every frame is journaled. Stubs still
 * answer first: a frame a stub answers is not forwarded.
 *
 * <pre>{@code
 * payments.addProxyTarget(
 *     ProxyTarget.to(URI.create("wss://payments-sandbox.example"))
 *         .onPath("/payments")
 *         .withHeader("Authorization", "Bearer " + sandboxToken));
 * }</pre>
 *
 * <p>Immutable: every method returns a copy.
 */
public final class ProxyTarget {
  private final JsonObject json;

  private ProxyTarget(JsonObject json) {
    this.json = json;
  }

  /** Forwards connections to {@code target}, a {@code ws://} or {@code wss://} address. */
  public static ProxyTarget to(URI target) {
    JsonObject json = new JsonObject();
    json.addProperty("target", target.toString());
    return new ProxyTarget(json);
  }

  /** The same target, only for connections on {@code path}. */
  public ProxyTarget onPath(String path) {
    return with(copy -> copy.addProperty("path", path));
  }

  /**
   * The same target, adding header {@code name} to forwarded upgrades over the client's own. The
   * server never lists its value and never writes it into a recording.
   */
  public ProxyTarget withHeader(String name, String value) {
    return with(
        copy -> {
          if (!copy.has("headers")) {
            copy.add("headers", new JsonObject());
          }
          copy.getAsJsonObject("headers").addProperty(name, value);
        });
  }

  /** The same target, accepting any certificate of a {@code wss://} target (a sandbox's own). */
  public ProxyTarget trustingAnyCertificate() {
    return with(copy -> copy.addProperty("insecure", true));
  }

  private ProxyTarget with(Consumer<JsonObject> change) {
    JsonObject copy = json.deepCopy();
    change.accept(copy);
    return new ProxyTarget(copy);
  }

  JsonObject toJsonObject() {
    return json.deepCopy();
  }

  /** The target as the control API writes it, header values hidden. */
  @Override
  public String toString() {
    JsonObject shown = json.deepCopy();
    if (shown.has("headers")) {
      JsonObject names = new JsonObject();
      shown.getAsJsonObject("headers").keySet().forEach(name -> names.addProperty(name, "(set)"));
      shown.add("headers", names);
    }
    return Wire.print(shown);
  }
}
