package org.mockpayments.server.internal.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.asyncapi.Channel;
import org.mockpayments.server.internal.asyncapi.Contract;
import org.mockpayments.server.internal.asyncapi.Message;
import org.mockpayments.server.internal.asyncapi.Operation;

/** A loaded contract as {@code GET /asyncapi} describes it. */
final class ContractDescription {
  private ContractDescription() {}

  static JsonObject of(
      Contract contract,
      Perspective perspective,
      boolean loadedAtStart,
      List<String> stubIds,
      List<String> warnings) {
    JsonObject json = new JsonObject();
    json.addProperty("asyncapi", contract.asyncApi());
    json.addProperty("title", contract.title());
    json.addProperty("version", contract.version());
    json.addProperty("perspective", perspective.wireName());
    json.addProperty("loadedAtStart", loadedAtStart);
    JsonArray channels = new JsonArray();
    Map<Message, String> messages = new LinkedHashMap<>();
    for (Channel channel : contract.channels()) {
      JsonObject item = new JsonObject();
      item.addProperty("id", channel.id());
      item.addProperty("path", channel.path().template());
      item.add("parameters", strings(channel.path().parameters()));
      item.add("messages", strings(channel.messageList().stream().map(Message::id).toList()));
      channels.add(item);
      channel.messageList().forEach(message -> messages.putIfAbsent(message, channel.id()));
    }
    json.add("channels", channels);
    JsonArray operations = new JsonArray();
    for (Operation operation : contract.operations()) {
      JsonObject item = new JsonObject();
      item.addProperty("id", operation.id());
      item.addProperty("action", operation.action().name().toLowerCase(java.util.Locale.ROOT));
      item.addProperty("channel", operation.channel().id());
      item.addProperty("mock", perspective.mockReceives(operation.action()) ? "receives" : "sends");
      item.add("messages", strings(operation.messages().stream().map(Message::id).toList()));
      if (operation.reply() != null) {
        JsonObject reply = new JsonObject();
        reply.addProperty("channel", operation.reply().channel().id());
        reply.add(
            "messages", strings(operation.reply().messages().stream().map(Message::id).toList()));
        item.add("reply", reply);
      }
      operations.add(item);
    }
    json.add("operations", operations);
    JsonArray messageList = new JsonArray();
    messages.forEach(
        (message, channel) -> {
          JsonObject item = new JsonObject();
          item.addProperty("id", message.id());
          item.addProperty("name", message.name());
          item.addProperty("channel", channel);
          item.addProperty("checked", message.payload() != null);
          item.add(
              "examples",
              strings(
                  message.examples().stream()
                      .map(example -> example.name() == null ? "" : example.name())
                      .toList()));
          item.addProperty("correlationId", message.correlation());
          messageList.add(item);
        });
    json.add("messages", messageList);
    json.add("stubs", strings(stubIds));
    json.add("warnings", strings(warnings));
    return json;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
