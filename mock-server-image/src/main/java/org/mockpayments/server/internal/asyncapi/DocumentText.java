package org.mockpayments.server.internal.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Json;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The text of a document, YAML or JSON, read into a JSON tree; syntax errors name line and column.
 */
final class DocumentText {
  /** Anchors may be reused, but not so often that a small document expands to gigabytes. */
  private static final int MAX_ALIASES = 100;

  private DocumentText() {}

  /**
   * Reads {@code text}: JSON when it starts with {@code '{'}, YAML otherwise.
   *
   * @param name the document, as messages call it ("the document", "the file common.yaml")
   * @throws ApiException a 400 naming the syntax error and where it is
   */
  static JsonElement parse(String text, String name) {
    if (text.isBlank()) {
      throw ApiException.badRequest(ApiException.sentence(name) + " is empty.");
    }
    return text.stripLeading().startsWith("{") ? json(text, name) : yaml(text, name);
  }

  private static JsonElement json(String text, String name) {
    try {
      return Json.parseBody(text, name);
    } catch (ApiException e) {
      throw ApiException.badRequest(e.getMessage() + ".");
    }
  }

  private static JsonElement yaml(String text, String name) {
    LoadSettings settings =
        LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowRecursiveKeys(false)
            .build();
    try {
      return tree(new Load(settings).loadFromString(text));
    } catch (MarkedYamlEngineException e) {
      String context =
          e.getContext() == null
              ? ""
              : " (" + e.getContext() + e.getContextMark().map(DocumentText::at).orElse("") + ")";
      throw ApiException.badRequest(
          ApiException.sentence(name)
              + " is not valid YAML: "
              + e.getProblem()
              + e.getProblemMark().map(DocumentText::at).orElse("")
              + context
              + ".");
    } catch (YamlEngineException e) {
      throw ApiException.badRequest(
          ApiException.sentence(name) + " is not valid YAML: " + e.getMessage() + ".");
    }
  }

  private static String at(Mark mark) {
    return " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }

  /** YAML's values as JSON: keys become strings, binary becomes base64. */
  private static JsonElement tree(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObject object = new JsonObject();
      map.forEach((key, item) -> object.add(String.valueOf(key), tree(item)));
      return object;
    }
    if (value instanceof List<?> list) {
      JsonArray array = new JsonArray();
      list.forEach(item -> array.add(tree(item)));
      return array;
    }
    if (value instanceof Boolean bool) {
      return new JsonPrimitive(bool);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return new JsonPrimitive((Number) value);
    }
    if (value instanceof Number number) {
      return new JsonPrimitive(number);
    }
    if (value instanceof byte[] bytes) {
      return new JsonPrimitive(Base64.getEncoder().encodeToString(bytes));
    }
    return new JsonPrimitive(String.valueOf(value));
  }
}
