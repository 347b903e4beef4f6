package org.mockpayments.server.internal.template;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.mockpayments.server.internal.json.JsonPath;

/** What each placeholder stands for when a stub fires. */
final class Values {
  private Values() {}

  /** The value {@code {{name}}} stands for, or null when there is none. */
  static JsonElement lookup(String name, Context context) {
    switch (name) {
      case "now":
        return new JsonPrimitive(Instant.now().toString());
      case "seq":
        return new JsonPrimitive(context.seq());
      case "round":
        return new JsonPrimitive(context.round());
      case "uuid":
        return new JsonPrimitive(UUID.randomUUID().toString());
      case "text":
        return context.frame() == null ? null : new JsonPrimitive(context.frame().text());
      case "connection.id":
        return new JsonPrimitive(context.connectionId());
      case "connection.path":
        return new JsonPrimitive(context.handshake().path());
      case "connection.subprotocol":
        String subprotocol = context.handshake().subprotocol();
        return subprotocol == null ? JsonNull.INSTANCE : new JsonPrimitive(subprotocol);
      default:
        break;
    }
    String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    String rest = name.substring(root.length()).replaceFirst("^\\.", "");
    switch (root) {
      case "json":
        return context.frame() == null ? null : JsonPath.find(context.frame().json(), rest);
      case "item":
        return JsonPath.find(context.item(), rest);
      case "regex":
        String group = context.frame() == null ? null : context.frame().group(rest);
        return group == null ? null : new JsonPrimitive(group);
      case "random":
        return new JsonPrimitive(ThreadLocalRandom.current().nextLong(Long.parseLong(rest)));
      case "query":
        String parameter = context.handshake().queryParameter(rest);
        return parameter == null ? null : new JsonPrimitive(parameter);
      case "header":
        String header = context.handshake().header(rest);
        return header == null ? null : new JsonPrimitive(header);
      case "var":
        int dot = rest.indexOf('.');
        String variable = dot < 0 ? rest : rest.substring(0, dot);
        JsonElement value =
            context.variables() == null ? null : context.variables().apply(variable);
        return dot < 0 ? value : JsonPath.find(value, rest.substring(dot + 1));
      default:
        return null;
    }
  }
}
