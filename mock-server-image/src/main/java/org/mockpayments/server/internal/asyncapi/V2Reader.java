package org.mockpayments.server.internal.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.schema.Pointers;
import org.mockpayments.server.internal.schema.SchemaCheck;

/**
 * Reads an AsyncAPI 2.0 to 2.6 document: each channel is named by its path, and its {@code publish}
 * operation is what the application receives, its {@code subscribe} what it sends. A message is
 * known by its name under {@code components/messages}, its {@code messageId} or its {@code name}.
 */
final class V2Reader {
  private final JsonObject written;
  private final JsonObject resolved;
  private final List<String> warnings;
  private final MessageReader messages;

  V2Reader(JsonObject written, JsonObject resolved, List<String> warnings) {
    this.written = written;
    this.resolved = resolved;
    this.warnings = warnings;
    this.messages = new MessageReader(warnings);
  }

  Contract read(String asyncApi, String title, String version) {
    List<Channel> channels = new ArrayList<>();
    List<Operation> operations = new ArrayList<>();
    JsonObject writtenChannels = V3Reader.object(written, "channels");
    for (Map.Entry<String, JsonElement> entry : V3Reader.object(resolved, "channels").entrySet()) {
      String name = entry.getKey();
      String where = "/channels/" + Pointers.escape(name);
      if (!entry.getValue().isJsonObject()) {
        throw ApiException.badRequest("The channel at " + where + " must be an object.");
      }
      JsonObject item = entry.getValue().getAsJsonObject();
      JsonElement writtenItem = writtenChannels.get(name);
      Map<String, Message> found = new LinkedHashMap<>();
      Map<String, List<Message>> byOperation = new LinkedHashMap<>();
      for (String verb : List.of("publish", "subscribe")) {
        JsonElement operation = item.get(verb);
        if (operation != null && operation.isJsonObject()) {
          List<Message> sent =
              messagesOf(
                  operation.getAsJsonObject(),
                  writtenItem == null ? null : Pointers.get(writtenItem, "/" + verb + "/message"),
                  where + "/" + verb,
                  verb + " " + name);
          sent.forEach(message -> found.putIfAbsent(message.id(), message));
          byOperation.put(verb, sent);
        }
      }
      Map<String, SchemaCheck> parameters = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> parameter :
          V3Reader.object(item, "parameters").entrySet()) {
        JsonElement schema = Pointers.get(parameter.getValue(), "/schema");
        parameters.put(
            parameter.getKey(),
            SchemaCheck.compile(
                schema == null ? new JsonObject() : schema,
                where + "/parameters/" + Pointers.escape(parameter.getKey()) + "/schema"));
      }
      JsonElement query = Pointers.get(item, "/bindings/ws/query");
      Channel channel =
          new Channel(
              name,
              ContractReader.pathOf(name),
              found,
              parameters,
              query == null ? null : SchemaCheck.compile(query, where + "/bindings/ws/query"));
      channels.add(channel);
      byOperation.forEach(
          (verb, sent) -> {
            JsonElement operationId = Pointers.get(item, "/" + verb + "/operationId");
            operations.add(
                new Operation(
                    operationId != null ? operationId.getAsString() : verb + " " + name,
                    verb.equals("publish") ? Operation.Action.RECEIVE : Operation.Action.SEND,
                    channel,
                    sent,
                    null));
          });
    }
    return new Contract(
        asyncApi, title, version, List.copyOf(channels), List.copyOf(operations), warnings);
  }

  private List<Message> messagesOf(
      JsonObject operation, JsonElement writtenMessage, String where, String fallbackName) {
    JsonElement message = operation.get("message");
    if (message == null) {
      return List.of();
    }
    List<Message> found = new ArrayList<>();
    if (message.isJsonObject() && message.getAsJsonObject().has("oneOf")) {
      JsonArray alternatives = message.getAsJsonObject().getAsJsonArray("oneOf");
      for (int i = 0; i < alternatives.size(); i++) {
        JsonElement writtenAlternative =
            writtenMessage == null ? null : Pointers.get(writtenMessage, "/oneOf/" + i);
        found.add(
            read(
                alternatives.get(i),
                writtenAlternative,
                where + "/message/oneOf/" + i,
                fallbackName + " message " + i));
      }
    } else {
      found.add(read(message, writtenMessage, where + "/message", fallbackName + " message"));
    }
    return found;
  }

  private Message read(JsonElement message, JsonElement written, String where, String fallback) {
    String id = null;
    if (written != null && written.isJsonObject() && written.getAsJsonObject().has("$ref")) {
      String ref = written.getAsJsonObject().get("$ref").getAsString();
      id = Pointers.unescape(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (id == null && message.isJsonObject()) {
      id = MessageReader.string(message.getAsJsonObject(), "messageId");
      if (id == null) {
        id = MessageReader.string(message.getAsJsonObject(), "name");
      }
    }
    if (id == null) {
      id = fallback;
      warnings.add("The message at " + where + " has no name: it is called '" + fallback + "'.");
    }
    return messages.read(id, message, where);
  }
}
