package org.mockpayments.server.internal.proxy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.Json;

/**
 * Turns recordings into a stubs file that replays the target's side. What the target sent before
 * the client's first frame becomes an {@code on: connect} stub; what it sent after each client
 * frame becomes that frame's {@code on: message} stub, with the delays seen (those under 25 ms, the
 * time a round trip takes, are left out). A JSON object frame is matched by a {@code jsonSubset} of
 * its fields that are not {@link VolatileFields volatile}, plus {@code jsonHas} for those that are;
 * a value of a volatile field that comes back in an answer becomes a placeholder, so the replay
 * answers any id. When one connection's same frame got different answers over time, its stubs
 * follow the conversation with scenario states. Stubs are scoped to the connection's path; of two
 * connections on one path that disagree, the first is kept.
 */
public final class StubsFromRecordings {
  private static final long SMALLEST_DELAY_MS = 25;

  private StubsFromRecordings() {}

  /** The stubs that replay {@code recordings}. */
  public static JsonArray stubs(List<Recording> recordings) {
    Map<String, JsonObject> connectStubs = new LinkedHashMap<>();
    Map<String, JsonObject> messageStubs = new LinkedHashMap<>();
    for (Recording recording : recordings) {
      Conversation conversation = Conversation.of(recording);
      if (recording.whole && !conversation.onConnect.isEmpty()) {
        JsonObject stub = stub("connect", recording.path);
        stub.add("reply", conversation.onConnect);
        connectStubs.putIfAbsent(recording.path + "\n" + Json.print(stub), stub);
      }
      boolean inOrder = conversation.answersDiffer();
      for (int i = 0; i < conversation.turns.size(); i++) {
        Turn turn = conversation.turns.get(i);
        JsonObject stub = stub("message", recording.path);
        stub.add("match", turn.match);
        if (inOrder) {
          stub.addProperty("whenState", i == 0 ? "started" : "step-" + (i + 1));
          stub.addProperty("setState", "step-" + (i + 2));
        }
        stub.add("reply", turn.replies);
        String key =
            recording.path
                + "\n"
                + (inOrder ? stub.get("whenState") + "\n" : "")
                + Json.print(turn.match);
        messageStubs.putIfAbsent(key, stub);
      }
    }
    JsonArray stubs = new JsonArray();
    connectStubs.values().forEach(stubs::add);
    messageStubs.values().forEach(stubs::add);
    return stubs;
  }

  private static JsonObject stub(String on, String path) {
    JsonObject stub = new JsonObject();
    stub.addProperty("on", on);
    if (path != null) {
      stub.addProperty("path", path);
    }
    return stub;
  }

  /** A client frame that went to the target, and what came back before the next one. */
  private record Turn(JsonObject match, JsonArray replies) {}

  /** One recording cut into what came on connect and the turns after it. */
  private record Conversation(JsonArray onConnect, List<Turn> turns) {
    static Conversation of(Recording recording) {
      JsonArray onConnect = new JsonArray();
      List<Turn> turns = new ArrayList<>();
      JsonArray replies = onConnect;
      Map<String, JsonElement> values = Map.of();
      Instant previous = recording.openedAt;
      for (Recording.Event event : recording.events()) {
        if (event.kind() == Recording.Kind.CLIENT) {
          Payload frame = Redaction.apply(event.payload(), recording.secrets);
          values = volatileValues(frame);
          replies = new JsonArray();
          turns.add(new Turn(Matches.of(frame), replies));
        } else {
          JsonObject reply =
              Replies.of(Redaction.apply(event.payload(), recording.secrets), values);
          long delay = Duration.between(previous, event.at()).toMillis();
          if (delay >= SMALLEST_DELAY_MS) {
            reply.addProperty("delayMs", delay);
          }
          replies.add(reply);
        }
        previous = event.at();
      }
      return new Conversation(onConnect, turns);
    }

    /** Whether the same client frame got different answers at different times. */
    boolean answersDiffer() {
      Map<String, String> answers = new LinkedHashMap<>();
      for (Turn turn : turns) {
        String answer = Json.print(withoutDelays(turn.replies));
        String earlier = answers.putIfAbsent(Json.print(turn.match), answer);
        if (earlier != null && !earlier.equals(answer)) {
          return true;
        }
      }
      return false;
    }

    private static JsonArray withoutDelays(JsonArray replies) {
      JsonArray copy = replies.deepCopy();
      copy.forEach(reply -> reply.getAsJsonObject().remove("delayMs"));
      return copy;
    }

    private static Map<String, JsonElement> volatileValues(Payload frame) {
      if (frame instanceof Payload.Text text) {
        JsonElement json = Json.tryParse(text.text()).orElse(null);
        if (json != null && json.isJsonObject()) {
          return VolatileFields.of(json.getAsJsonObject());
        }
      }
      return Map.of();
    }
  }

  /** A placeholder for each volatile value, for replies that echo it. */
  static JsonPrimitive placeholder(String path) {
    return new JsonPrimitive("{{json." + path + "}}");
  }
}
