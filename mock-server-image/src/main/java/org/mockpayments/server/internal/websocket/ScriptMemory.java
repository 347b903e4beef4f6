package org.mockpayments.server.internal.websocket;

import com.google.gson.JsonElement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What stubs keep about one connection: its scenario state (every connection starts in {@code
 * started}) and the values they remembered ({@code {{var.NAME}}}).
 */
final class ScriptMemory {
  private volatile String scenarioState = "started";
  private final Map<String, JsonElement> variables = new ConcurrentHashMap<>();

  String scenarioState() {
    return scenarioState;
  }

  void scenarioState(String state) {
    scenarioState = state;
  }

  JsonElement variable(String name) {
    return variables.get(name);
  }

  void remember(String name, JsonElement value) {
    variables.put(name, value.deepCopy());
  }

  /** The remembered values, sorted by name, as they are now. */
  Map<String, JsonElement> variables() {
    Map<String, JsonElement> copy = new TreeMap<>();
    variables.forEach((name, value) -> copy.put(name, value.deepCopy()));
    return copy;
  }
}
