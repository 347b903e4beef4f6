package org.mockpayments.server.internal.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.mockpayments.server.internal.asyncapi.Contract;
import org.mockpayments.server.internal.asyncapi.Message;
import org.mockpayments.server.internal.asyncapi.Operation;
import org.mockpayments.server.internal.schema.Pointers;
import org.mockpayments.server.internal.schema.SampleValue;
import org.mockpayments.server.internal.schema.SchemaError;

/**
 * The stubs that play a contract's replies: for each operation whose messages the mock receives and
 * that expects a reply, one stub per request message, matching frames valid against its schema and
 * answering with the reply message's first example (or one made from its schema), the correlation
 * id copied across. They are ordinary stub definitions of the stub language.
 */
final class ContractStubs {
  /** A stub definition and the operation it plays. */
  record Compiled(String origin, JsonElement definition) {}

  private ContractStubs() {}

  static List<Compiled> compile(Contract contract, Perspective perspective, List<String> warnings) {
    List<Compiled> stubs = new ArrayList<>();
    for (Operation operation : contract.operations()) {
      if (operation.reply() == null
          || !perspective.mockReceives(operation.action())
          || operation.reply().messages().isEmpty()) {
        continue;
      }
      Message reply = operation.reply().messages().get(0);
      JsonElement answer = answer(reply, operation.reply().example(), operation, warnings);
      if (answer == null) {
        continue;
      }
      for (Message request : operation.messages()) {
        if (request.payload() == null) {
          warnings.add(
              "Operation '"
                  + operation.id()
                  + "' is not answered for message '"
                  + request.id()
                  + "': it has no JSON payload schema to tell its frames from others.");
          continue;
        }
        JsonObject stub = new JsonObject();
        stub.addProperty("on", "message");
        if (operation.channel().path().template() != null) {
          stub.addProperty("path", operation.channel().path().template());
        }
        JsonObject match = new JsonObject();
        match.add("jsonSchema", request.payload().schema());
        stub.add("match", match);
        JsonObject step = new JsonObject();
        step.add("json", correlated(answer.deepCopy(), request, reply));
        JsonArray replies = new JsonArray();
        replies.add(step);
        stub.add("reply", replies);
        stubs.add(new Compiled("asyncapi operation " + operation.id(), stub));
      }
    }
    return stubs;
  }

  /**
   * The reply's example named {@code example} (its first when null), or a value made from its
   * schema; null when there is neither.
   */
  private static JsonElement answer(
      Message reply, String example, Operation operation, List<String> warnings) {
    if (example != null) {
      for (Message.Example candidate : reply.examples()) {
        if (example.equals(candidate.name())) {
          return candidate.payload();
        }
      }
      warnings.add(
          "Operation '"
              + operation.id()
              + "' asks for the example '"
              + example
              + "' of message '"
              + reply.id()
              + "' (x-mock-example), which it does not have; its first is used.");
    }
    if (!reply.examples().isEmpty()) {
      return reply.examples().get(0).payload();
    }
    if (reply.payload() == null) {
      warnings.add(
          "Operation '"
              + operation.id()
              + "' is not answered: its reply message '"
              + reply.id()
              + "' has neither an example nor a JSON payload schema.");
      return null;
    }
    JsonElement made = SampleValue.of(reply.payload().schema());
    List<SchemaError> errors = reply.payload().errors(made);
    if (!errors.isEmpty()) {
      warnings.add(
          "The answer made for operation '"
              + operation.id()
              + "' from the schema of message '"
              + reply.id()
              + "' breaks it ("
              + errors.get(0)
              + "): give the message an example.");
    }
    return made;
  }

  /** {@code answer} with the request's correlation id put where the reply keeps its own. */
  private static JsonElement correlated(JsonElement answer, Message request, Message reply) {
    String from = request.correlation();
    String to = reply.correlation() != null ? reply.correlation() : from;
    if (from == null || to == null || to.isEmpty() || !answer.isJsonObject()) {
      return answer;
    }
    String parentPointer = to.substring(0, to.lastIndexOf('/'));
    JsonElement parent = Pointers.get(answer, parentPointer);
    if (parent == null || !parent.isJsonObject()) {
      return answer;
    }
    String placeholder = "{{json" + (from.isEmpty() ? "" : from.replace('/', '.')) + "}}";
    parent
        .getAsJsonObject()
        .add(
            Pointers.unescape(to.substring(to.lastIndexOf('/') + 1)),
            new JsonPrimitive(placeholder));
    return answer;
  }
}
