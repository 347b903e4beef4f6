package org.mockpayments.server.internal.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.schema.Keywords;
import org.mockpayments.server.internal.schema.SchemaCheck;
import org.mockpayments.server.internal.schema.SchemaError;

/**
 * Reads a message object (its references resolved, its traits applied): the payload's schema when
 * it is JSON Schema, its examples, and where its correlation id is; and lints it, adding warnings
 * for examples that break the schema, keywords no check reads and schemas it cannot check.
 */
final class MessageReader {
  private final List<String> warnings;

  MessageReader(List<String> warnings) {
    this.warnings = warnings;
  }

  /**
   * @param where the message's place in the document ("/channels/book/messages/snapshot")
   */
  Message read(String id, JsonElement element, String where) {
    if (element == null || !element.isJsonObject()) {
      throw ApiException.badRequest("The message at " + where + " must be an object.");
    }
    JsonObject message = withTraits(element.getAsJsonObject());
    String name = string(message, "name");
    String label = "message '" + id + "' (" + where + ")";
    SchemaCheck payload = payload(message, label, where);
    List<Message.Example> examples = examples(message);
    if (payload != null) {
      for (int i = 0; i < examples.size(); i++) {
        Message.Example example = examples.get(i);
        List<SchemaError> errors = payload.errors(example.payload());
        if (!errors.isEmpty()) {
          warnings.add(
              "Example "
                  + (example.name() == null ? String.valueOf(i) : "'" + example.name() + "'")
                  + " of "
                  + label
                  + " breaks its own schema: "
                  + errors.get(0)
                  + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                  + ".");
        }
      }
    }
    return new Message(
        id, name == null ? id : name, payload, examples, correlation(message, label));
  }

  private SchemaCheck payload(JsonObject message, String label, String where) {
    JsonElement payload = message.get("payload");
    String format = string(message, "schemaFormat");
    if (payload != null
        && payload.isJsonObject()
        && payload.getAsJsonObject().has("schemaFormat")
        && payload.getAsJsonObject().has("schema")) {
      format = string(payload.getAsJsonObject(), "schemaFormat");
      payload = payload.getAsJsonObject().get("schema");
    }
    if (payload == null || payload.isJsonNull()) {
      return null;
    }
    if (format != null && !isJsonSchema(format)) {
      warnings.add(
          ApiException.sentence(label)
              + " has a payload schema in "
              + format
              + ", which the mock cannot check: its frames are not checked.");
      return null;
    }
    List<String> unchecked = new ArrayList<>();
    Keywords.unchecked(payload, "", unchecked);
    if (!unchecked.isEmpty()) {
      warnings.add(
          "The payload schema of "
              + label
              + " uses keywords no check reads: "
              + String.join(", ", unchecked)
              + ".");
    }
    return SchemaCheck.compile(payload, "the payload schema at " + where + "/payload");
  }

  private static boolean isJsonSchema(String format) {
    String lower = format.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/vnd.aai.asyncapi")
        || lower.startsWith("application/schema+json")
        || lower.startsWith("application/schema+yaml");
  }

  private static List<Message.Example> examples(JsonObject message) {
    List<Message.Example> examples = new ArrayList<>();
    JsonElement list = message.get("examples");
    if (list == null || !list.isJsonArray()) {
      return examples;
    }
    for (JsonElement example : list.getAsJsonArray()) {
      if (example.isJsonObject() && example.getAsJsonObject().has("payload")) {
        examples.add(
            new Message.Example(
                string(example.getAsJsonObject(), "name"),
                example.getAsJsonObject().get("payload")));
      }
    }
    return List.copyOf(examples);
  }

  private String correlation(JsonObject message, String label) {
    JsonElement correlation = message.get("correlationId");
    if (correlation == null || !correlation.isJsonObject()) {
      return null;
    }
    String location = string(correlation.getAsJsonObject(), "location");
    if (location == null) {
      return null;
    }
    if (location.startsWith("$message.payload#")) {
      return location.substring("$message.payload#".length());
    }
    warnings.add(
        "The correlation id of "
            + label
            + " is at "
            + location
            + "; WebSocket frames have no headers, so it is not copied into replies.");
    return null;
  }

  /** The message with the fields of its traits it does not set itself. */
  private static JsonObject withTraits(JsonObject message) {
    JsonElement traits = message.get("traits");
    if (traits == null || !traits.isJsonArray()) {
      return message;
    }
    JsonObject merged = message.deepCopy();
    merged.remove("traits");
    for (JsonElement trait : traits.getAsJsonArray()) {
      if (trait.isJsonObject()) {
        for (Map.Entry<String, JsonElement> field : trait.getAsJsonObject().entrySet()) {
          if (!merged.has(field.getKey())) {
            merged.add(field.getKey(), field.getValue());
          }
        }
      }
    }
    return merged;
  }

  static String string(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }
}
