package org.mockpayments.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Replies a {@link Stub} plays again and again after its own: heart-beats, pings, a subscription's
 * stream. Each round waits the pause, then plays the replies in order. The rounds end when the
 * connection closes, the stub is removed, the mock is reset, {@link #times} rounds were played, the
 * connection leaves the scenario state of {@link #whileState}, or a frame fitting {@link #until}
 * arrives on the connection.
 *
 * <pre>{@code
 * Stub.onMessage(Match.jsonSubset("{\"type\":\"subscribe\"}"))
 *     .repeat(Repeat.every(Duration.ofMillis(100))
 *         .reply(Reply.json("{\"type\":\"next\",\"id\":\"{{json.id}}\",\"payload\":{\"data\":{\"n\":\"{{round}}\"}}}"))
 *         .until(Match.jsonSubset("{\"type\":\"complete\",\"id\":\"{{json.id}}\"}")));
 * }</pre>
 *
 * <p>Immutable: every method returns a copy.
 */
public final class Repeat {
  private final JsonObject json;

  private Repeat(JsonObject json) {
    this.json = json;
  }

  /** Rounds {@code pause} apart. */
  public static Repeat every(Duration pause) {
    JsonObject json = new JsonObject();
    json.addProperty("everyMs", pause.toMillis());
    return new Repeat(json);
  }

  /**
   * Rounds apart by the milliseconds {@code template} renders to when the stub fires, such as
   * {@code "{{regex.heartbeat}}"} for what a STOMP client asked for; 0 means no rounds.
   */
  public static Repeat every(String template) {
    JsonObject json = new JsonObject();
    json.addProperty("everyMs", template);
    return new Repeat(json);
  }

  /** The same repeat with {@code replies} appended to each round; {@code {{round}}} counts them. */
  public Repeat reply(Reply... replies) {
    return with(
        copy -> {
          JsonArray list = copy.has("reply") ? copy.getAsJsonArray("reply") : new JsonArray();
          Arrays.stream(replies).forEach(reply -> list.add(reply.toJsonObject()));
          copy.add("reply", list);
        });
  }

  /**
   * The same repeat, ending when a frame fitting {@code match} arrives on the connection; the
   * match's strings are templates of the firing frame, such as {@code "{{json.id}}"}.
   */
  public Repeat until(Match match) {
    return with(copy -> copy.add("until", match.toJsonObject()));
  }

  /** The same repeat, ending when the connection is no longer in scenario state {@code state}. */
  public Repeat whileState(String state) {
    return with(copy -> copy.addProperty("whileState", state));
  }

  /** The same repeat, ending after {@code times} rounds. */
  public Repeat times(int times) {
    return with(copy -> copy.addProperty("times", times));
  }

  private Repeat with(Consumer<JsonObject> change) {
    JsonObject copy = json.deepCopy();
    change.accept(copy);
    return new Repeat(copy);
  }

  JsonObject toJsonObject() {
    return json.deepCopy();
  }

  /** The repeat as the control API writes it. */
  @Override
  public String toString() {
    return Wire.print(json);
  }
}
