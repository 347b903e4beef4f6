package org.mockpayments.server.internal.json;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Dotted paths into JSON, as stubs write them: {@code payload.user}, {@code params.0}. Object keys
 * by name, array elements by index.
 */
public final class JsonPath {
  private JsonPath() {}

  /**
   * The value at {@code path} ({@code ""} is the root itself): {@link com.google.gson.JsonNull}
   * when it is a present null, null when it is missing.
   */
  public static JsonElement find(JsonElement root, String path) {
    if (root == null || path.isEmpty()) {
      return root;
    }
    JsonElement current = root;
    for (String step : path.split("\\.", -1)) {
      if (current.isJsonObject() && current.getAsJsonObject().has(step)) {
        current = current.getAsJsonObject().get(step);
      } else if (current.isJsonArray() && isIndex(step, current.getAsJsonArray().size())) {
        current = current.getAsJsonArray().get(Integer.parseInt(step));
      } else {
        return null;
      }
    }
    return current;
  }

  private static boolean isIndex(String step, int size) {
    return step.matches("\\d{1,9}") && Integer.parseInt(step) < size;
  }

  /**
   * Reads one dotted path, or an array of them, given as {@code what}.
   *
   * @throws ApiException when it is neither, or a path is empty
   */
  public static List<String> parseAll(JsonElement value, String what) {
    List<String> paths = new ArrayList<>();
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      paths.add(value.getAsString());
    } else if (value.isJsonArray()) {
      for (JsonElement path : value.getAsJsonArray()) {
        boolean isString = path.isJsonPrimitive() && path.getAsJsonPrimitive().isString();
        paths.add(isString ? path.getAsString() : "");
      }
    }
    if (paths.isEmpty() || paths.contains("")) {
      throw ApiException.badRequest(
          ApiException.sentence(what)
              + " must be a dotted path such as \"id\" or \"params.0\", or an array of them.");
    }
    return List.copyOf(paths);
  }
}
