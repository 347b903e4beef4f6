package org.mockpayments.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A canned reply: when a connection opens, or when a frame that fits a {@link Match} arrives, the
 * server plays the replies in order. The first stub that fits fires: by {@link #priority}, then in
 * the order they were added. When it fires, it first remembers values ({@link #remember}), then
 * moves the scenario state ({@link #thenState}), then plays its replies, then its {@link Repeat}.
 * An upgrade stub ({@link #onUpgrade}) chooses the subprotocol instead.
 *
 * <pre>{@code
 * Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
 *     .reply(Reply.json("{\"payment_methods\":[\"credit_card\"]}"))
 *     .times(1);
 * }</pre>
 *
 * <p>Immutable: every method returns a new stub. Give it to the container or the embedded server at
 * start ({@code withStub(stub)}: kept across resets), or add it while running with {@link
 * MockPayments#addStub(Stub)} (removed by a reset).
 */
public final class Stub {
  private final JsonObject json;

  private Stub(JsonObject json) {
    this.json = json;
  }

  /** A stub that fires for each incoming frame that fits {@code match}. */
  public static Stub onMessage(Match match) {
    JsonObject json = new JsonObject();
    json.addProperty("on", "message");
    json.add("match", match.toJsonObject());
    return new Stub(json);
  }

  /** A stub that fires when a connection opens. */
  public static Stub onConnect() {
    JsonObject json = new JsonObject();
    json.addProperty("on", "connect");
    return new Stub(json);
  }

  /**
   * A stub that decides the upgrade: the first of {@code subprotocols} the client offers is
   * accepted (the stub's order wins over the client's). When the client offers none, the upgrade is
   * accepted without a subprotocol, unless {@link #otherwiseRefuse} or {@link #otherwiseClose} says
   * otherwise. Without any upgrade stub, the first subprotocol offered is accepted.
   */
  public static Stub onUpgrade(String... subprotocols) {
    JsonObject json = new JsonObject();
    json.addProperty("on", "upgrade");
    JsonArray list = new JsonArray();
    Arrays.stream(subprotocols).forEach(list::add);
    json.add("subprotocols", list);
    return new Stub(json);
  }

  /**
   * A stub written as the control API's JSON, for instance copied from a stubs file.
   *
   * @throws IllegalArgumentException if {@code json} is not a JSON object
   */
  public static Stub fromJson(String json) {
    JsonElement parsed = Wire.parse(json, "Stub.fromJson");
    if (!parsed.isJsonObject()) {
      throw new IllegalArgumentException("Stub.fromJson needs a JSON object, not: " + json);
    }
    return new Stub(parsed.getAsJsonObject());
  }

  /**
   * The same stub with {@code replies} appended, played in order. With none at all, the stub
   * answers nothing on purpose: the frame is taken, and no later stub fires for it.
   */
  public Stub reply(Reply... replies) {
    return with(
        copy -> {
          JsonArray list = copy.has("reply") ? copy.getAsJsonArray("reply") : new JsonArray();
          Arrays.stream(replies).forEach(reply -> list.add(reply.toJsonObject()));
          copy.add("reply", list);
        });
  }

  /**
   * The same stub, only for connections whose path equals {@code path}, such as {@code /payments}.
   */
  public Stub onPath(String path) {
    return with(copy -> copy.addProperty("path", path));
  }

  /** The same stub, only for connections that agreed on {@code subprotocol}. */
  public Stub onSubprotocol(String subprotocol) {
    return with(copy -> copy.addProperty("subprotocol", subprotocol));
  }

  /**
   * The same stub, only for connections whose upgrade request had query parameter {@code name} with
   * {@code value}; several calls must all hold.
   */
  public Stub withQueryParameter(String name, String value) {
    return with(copy -> object(copy, "query").addProperty(name, value));
  }

  /**
   * The same stub, only for connections whose upgrade request had header {@code name} (ignoring
   * case) with {@code value}; several calls must all hold.
   */
  public Stub withHeader(String name, String value) {
    return with(copy -> object(copy, "headers").addProperty(name, value));
  }

  /**
   * The same stub, keeping the rendered {@code template} on the connection as {@code name} when it
   * fires, for later replies to read as {@code {{var.NAME}}}. A template that is only a placeholder
   * keeps the value's JSON type: {@code remember("init", "{{json.payload}}")} keeps an object.
   */
  public Stub remember(String name, String template) {
    return with(copy -> object(copy, "remember").addProperty(name, template));
  }

  /**
   * The same stub, cutting the frames that arrive on the connection from then on into the
   * protocol's messages, which stubs, matches and awaits then read one by one: {@code
   * withFraming("{\"separator\":\"\\u001e\"}")} for SignalR's records, {@code
   * withFraming("{\"length\":\"varint\",\"offset\":1}")} for MQTT's packets, however the client
   * splits them over frames. See "Framing" in {@code docs/control-api.md}.
   *
   * @throws IllegalArgumentException if {@code framing} is not JSON
   */
  public Stub withFraming(String framing) {
    return with(copy -> copy.add("framing", Wire.parse(framing, "Stub.withFraming")));
  }

  /**
   * The same stub, playing {@code repeat} after its own replies until it ends (see {@link Repeat}).
   */
  public Stub repeat(Repeat repeat) {
    return with(copy -> copy.add("repeat", repeat.toJsonObject()));
  }

  /** The same upgrade stub, refusing an upgrade that offers none of its subprotocols. */
  public Stub otherwiseRefuse(int status, String body) {
    return with(
        copy -> {
          JsonObject otherwise = new JsonObject();
          otherwise.addProperty("status", status);
          otherwise.addProperty("body", body);
          copy.add("otherwise", otherwise);
        });
  }

  /**
   * The same upgrade stub, accepting an upgrade that offers none of its subprotocols and closing it
   * at once with {@code code} and {@code reason}, as graphql-ws servers do with 4406.
   */
  public Stub otherwiseClose(int code, String reason) {
    return with(
        copy -> {
          JsonObject close = new JsonObject();
          close.addProperty("code", code);
          close.addProperty("reason", reason);
          JsonObject otherwise = new JsonObject();
          otherwise.add("close", close);
          copy.add("otherwise", otherwise);
        });
  }

  /**
   * The same stub, fitting only connections in scenario state {@code state}; every connection
   * starts in {@code started}.
   */
  public Stub whenState(String state) {
    return with(copy -> copy.addProperty("whenState", state));
  }

  /**
   * The same stub, moving the connection to scenario state {@code state} when it fires (the control
   * API's {@code setState}); {@code state} is a template, such as {@code "joined-{{regex.room}}"}.
   * A stub may do only this, with no reply.
   */
  public Stub thenState(String state) {
    return with(copy -> copy.addProperty("setState", state));
  }

  /**
   * The same stub, firing at most {@code times} times; after that the next fitting stub is used.
   */
  public Stub times(int times) {
    return with(copy -> copy.addProperty("times", times));
  }

  /**
   * The same stub with priority {@code priority}, from 1 (tried first) to 10; the default is 5.
   * Stubs are tried by priority, then in the order they were added, so a test's own stubs win over
   * a recipe's generic answers (priority 9).
   */
  public Stub priority(int priority) {
    return with(copy -> copy.addProperty("priority", priority));
  }

  private static JsonObject object(JsonObject parent, String key) {
    if (!parent.has(key)) {
      parent.add(key, new JsonObject());
    }
    return parent.getAsJsonObject(key);
  }

  private Stub with(Consumer<JsonObject> change) {
    JsonObject copy = json.deepCopy();
    change.accept(copy);
    return new Stub(copy);
  }

  /**
   * The stub as the control API's JSON, as {@code POST /stubs} takes it and as a stubs file holds
   * it: builders and files describe the same stubs.
   */
  public String toJson() {
    return Wire.print(json);
  }

  JsonObject toJsonObject() {
    return json.deepCopy();
  }

  /** Same as {@link #toJson()}. */
  @Override
  public String toString() {
    return toJson();
  }
}
