package org.mockpayments.server.internal.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.journal.PathPattern;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.schema.Pointers;
import org.mockpayments.server.internal.schema.SchemaCheck;

/**
 * Reads an AsyncAPI 3.0 document. Content comes from the resolved tree; which channel and which
 * messages an operation names comes from its {@code $ref}s in the document as written, since
 * resolving them leaves copies that no longer say where they came from.
 */
final class V3Reader {
  private final JsonObject written;
  private final JsonObject resolved;
  private final List<String> warnings;
  private final MessageReader messages;
  private final Map<String, Channel> channels = new LinkedHashMap<>();

  V3Reader(JsonObject written, JsonObject resolved, List<String> warnings) {
    this.written = written;
    this.resolved = resolved;
    this.warnings = warnings;
    this.messages = new MessageReader(warnings);
  }

  Contract read(String asyncApi, String title, String version) {
    JsonObject channelObjects = object(resolved, "channels");
    for (Map.Entry<String, JsonElement> entry : channelObjects.entrySet()) {
      channels.put(entry.getKey(), channel(entry.getKey(), entry.getValue()));
    }
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonElement> entry : object(written, "operations").entrySet()) {
      operations.add(operation(entry.getKey(), local(entry.getValue())));
    }
    return new Contract(
        asyncApi,
        title,
        version,
        List.copyOf(channels.values()),
        List.copyOf(operations),
        warnings);
  }

  private Channel channel(String id, JsonElement element) {
    String where = "/channels/" + Pointers.escape(id);
    if (!element.isJsonObject()) {
      throw ApiException.badRequest("The channel at " + where + " must be an object.");
    }
    JsonObject channel = element.getAsJsonObject();
    JsonElement address = channel.get("address");
    PathPattern path =
        address == null || address.isJsonNull()
            ? PathPattern.of(null)
            : ContractReader.pathOf(address.getAsString());
    Map<String, Message> found = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> message : object(channel, "messages").entrySet()) {
      found.put(
          message.getKey(),
          messages.read(
              message.getKey(),
              message.getValue(),
              where + "/messages/" + Pointers.escape(message.getKey())));
    }
    Map<String, SchemaCheck> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> parameter : object(channel, "parameters").entrySet()) {
      parameters.put(
          parameter.getKey(),
          SchemaCheck.compile(
              parameterSchema(parameter.getValue()),
              "parameter " + parameter.getKey() + " at " + where));
    }
    for (String name : path.parameters()) {
      if (!parameters.containsKey(name)) {
        warnings.add(
            "The address of channel '"
                + id
                + "' has {"
                + name
                + "}, which its parameters do not describe: any value is taken.");
      }
    }
    JsonElement query = Pointers.get(channel, "/bindings/ws/query");
    return new Channel(
        id,
        path,
        found,
        parameters,
        query == null ? null : SchemaCheck.compile(query, where + "/bindings/ws/query"));
  }

  /** A 3.0 parameter is not a schema: its {@code enum} is what it may be. */
  private static JsonElement parameterSchema(JsonElement parameter) {
    JsonObject schema = new JsonObject();
    schema.addProperty("type", "string");
    if (parameter.isJsonObject() && parameter.getAsJsonObject().has("enum")) {
      schema.add("enum", parameter.getAsJsonObject().get("enum"));
    }
    return schema;
  }

  private Operation operation(String id, JsonElement element) {
    String where = "/operations/" + Pointers.escape(id);
    if (!element.isJsonObject()) {
      throw ApiException.badRequest("The operation at " + where + " must be an object.");
    }
    JsonObject operation = element.getAsJsonObject();
    String action = MessageReader.string(operation, "action");
    Operation.Action direction;
    if ("send".equals(action)) {
      direction = Operation.Action.SEND;
    } else if ("receive".equals(action)) {
      direction = Operation.Action.RECEIVE;
    } else {
      throw ApiException.badRequest(
          "The operation at "
              + where
              + " needs 'action': 'send' or 'receive', not "
              + action
              + ".");
    }
    Channel channel = channelOf(operation.get("channel"), where + "/channel");
    List<Message> sent = messagesOf(operation.get("messages"), channel, where + "/messages");
    Operation.Reply reply = null;
    JsonElement replyElement = operation.get("reply");
    if (replyElement != null) {
      JsonObject replyObject = local(replyElement).getAsJsonObject();
      Channel replyChannel =
          replyObject.has("channel")
              ? channelOf(replyObject.get("channel"), where + "/reply/channel")
              : channel;
      reply =
          new Operation.Reply(
              replyChannel,
              messagesOf(replyObject.get("messages"), replyChannel, where + "/reply/messages"),
              MessageReader.string(replyObject, "x-mock-example"));
    }
    return new Operation(id, direction, channel, sent, reply);
  }

  private Channel channelOf(JsonElement reference, String where) {
    String id = referencedChannel(reference, where);
    Channel channel = channels.get(id);
    if (channel == null) {
      throw ApiException.badRequest(
          "The operation's channel at "
              + where
              + " is '"
              + id
              + "', which is not among the document's channels ("
              + String.join(", ", channels.keySet())
              + ").");
    }
    return channel;
  }

  private static String referencedChannel(JsonElement reference, String where) {
    String ref = ref(reference);
    if (ref == null || !ref.startsWith("#/channels/") || ref.indexOf('/', 11) >= 0) {
      throw ApiException.badRequest(
          "The channel at "
              + where
              + " must be a $ref to one of the document's channels, such as"
              + " {\"$ref\": \"#/channels/orders\"}"
              + (ref == null ? "." : ", not '" + ref + "'."));
    }
    return Pointers.unescape(ref.substring("#/channels/".length()));
  }

  /** The messages a list of references names; all of the channel's when there is no list. */
  private List<Message> messagesOf(JsonElement list, Channel channel, String where) {
    if (list == null) {
      return channel.messageList();
    }
    if (!list.isJsonArray()) {
      throw ApiException.badRequest("The messages at " + where + " must be a list of $refs.");
    }
    List<Message> found = new ArrayList<>();
    JsonArray array = list.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      String ref = ref(array.get(i));
      String prefix = "#/channels/" + Pointers.escape(channel.id()) + "/messages/";
      if (ref == null || !ref.startsWith(prefix)) {
        throw ApiException.badRequest(
            "The message at "
                + where
                + "/"
                + i
                + " must be a $ref to a message of channel '"
                + channel.id()
                + "', such as {\"$ref\": \""
                + prefix
                + "...\"}"
                + (ref == null ? "." : ", not '" + ref + "'."));
      }
      String key = Pointers.unescape(ref.substring(prefix.length()));
      Message message = channel.messages().get(key);
      if (message == null) {
        throw ApiException.badRequest(
            "The message '"
                + ref
                + "' at "
                + where
                + "/"
                + i
                + " is not among the messages of channel '"
                + channel.id()
                + "' ("
                + String.join(", ", channel.messages().keySet())
                + ").");
      }
      found.add(message);
    }
    return List.copyOf(found);
  }

  /** An object as written, following a {@code $ref} to elsewhere in this document. */
  private JsonElement local(JsonElement element) {
    String ref = ref(element);
    if (ref != null && ref.startsWith("#")) {
      JsonElement target = Pointers.get(written, ref.substring(1));
      if (target != null) {
        return target;
      }
    }
    return element;
  }

  private static String ref(JsonElement element) {
    if (element != null && element.isJsonObject()) {
      JsonElement ref = element.getAsJsonObject().get("$ref");
      return ref != null && ref.isJsonPrimitive() ? ref.getAsString() : null;
    }
    return null;
  }

  static JsonObject object(JsonObject parent, String key) {
    JsonElement value = parent.get(key);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
  }
}
