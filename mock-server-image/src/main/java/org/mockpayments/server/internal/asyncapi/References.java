package org.mockpayments.server.internal.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.schema.Pointers;

/**
 * Replaces every {@code $ref} of a document by what it points at: a place in the same document
 * ({@code #/components/schemas/Order}) or in a file beside it ({@code common.yaml#/Order}, {@code
 * schemas/order.json}). Keys written beside a {@code $ref} are kept where the target has none of
 * its own. A reference that does not resolve, or that leads back to itself, is a 400 naming it and
 * where it is.
 */
final class References {
  private final Path directory;
  private final Map<Path, JsonElement> files = new HashMap<>();
  private final Deque<String> following = new ArrayDeque<>();

  private References(Path directory) {
    this.directory = directory;
  }

  /**
   * {@code root} with its references resolved, as a new tree.
   *
   * @param directory where the document's file lies, or null for a document with no files beside it
   *     (one posted to the control API)
   */
  static JsonElement resolve(JsonElement root, Path directory) {
    References references = new References(directory);
    return references.resolve(root, new Place(root, null), "");
  }

  /** A document being read: its tree, and its file (null for the main document). */
  private record Place(JsonElement root, Path file) {
    String name(String pointer) {
      return (file == null ? "" : file.getFileName() + " ")
          + "at "
          + (pointer.isEmpty() ? "/" : pointer);
    }
  }

  private JsonElement resolve(JsonElement node, Place place, String pointer) {
    if (node.isJsonArray()) {
      JsonArray copy = new JsonArray();
      JsonArray array = node.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        copy.add(resolve(array.get(i), place, pointer + "/" + i));
      }
      return copy;
    }
    if (!node.isJsonObject()) {
      return node.deepCopy();
    }
    JsonObject object = node.getAsJsonObject();
    JsonElement ref = object.get("$ref");
    if (ref != null && ref.isJsonPrimitive() && ref.getAsJsonPrimitive().isString()) {
      return follow(ref.getAsString(), object, place, pointer);
    }
    JsonObject copy = new JsonObject();
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      copy.add(
          field.getKey(),
          resolve(field.getValue(), place, pointer + "/" + Pointers.escape(field.getKey())));
    }
    return copy;
  }

  private JsonElement follow(String ref, JsonObject holder, Place place, String pointer) {
    String where = "The $ref '" + ref + "' " + place.name(pointer);
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    Place target = filePart.isEmpty() ? place : file(filePart, place, where);
    String key = (target.file == null ? "" : target.file.toString()) + "#" + fragment;
    if (following.contains(key)) {
      throw ApiException.badRequest(
          where
              + " leads back to itself (through "
              + String.join(", ", reversed(following))
              + "): recursive schemas are not supported; describe the recursion to a fixed"
              + " depth instead.");
    }
    JsonElement found = lookUp(target.root, fragment, where);
    following.push(key);
    JsonElement resolved;
    try {
      resolved = resolve(found, target, decodeUri(fragment));
    } finally {
      following.pop();
    }
    if (resolved.isJsonObject() && holder.size() > 1) {
      JsonObject merged = resolved.getAsJsonObject();
      for (Map.Entry<String, JsonElement> field : holder.entrySet()) {
        if (!field.getKey().equals("$ref") && !merged.has(field.getKey())) {
          merged.add(
              field.getKey(),
              resolve(field.getValue(), place, pointer + "/" + Pointers.escape(field.getKey())));
        }
      }
    }
    return resolved;
  }

  private Place file(String relative, Place from, String where) {
    if (relative.contains("://")) {
      throw ApiException.badRequest(
          where
              + " points at a URL; the mock does not fetch documents: save it beside the document"
              + " and refer to the file.");
    }
    Path base = from.file == null ? directory : from.file.getParent();
    if (base == null) {
      throw ApiException.badRequest(
          where
              + " points at another file, but a document posted to the control API has no files"
              + " beside it: load it from a file (MOCK_ASYNCAPI_FILE, withAsyncApi) or inline the"
              + " reference.");
    }
    Path path = base.resolve(decodeUri(relative)).normalize();
    JsonElement root = files.get(path);
    if (root == null) {
      String text;
      try {
        text = Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw ApiException.badRequest(
            where + " does not resolve: there is no readable file " + path + ".");
      }
      root = DocumentText.parse(text, "the file " + path.getFileName());
      files.put(path, root);
    }
    return new Place(root, path);
  }

  private static JsonElement lookUp(JsonElement root, String fragment, String where) {
    String pointer = decodeUri(fragment);
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw ApiException.badRequest(
          where
              + " does not resolve: after '#' it needs a JSON pointer such as"
              + " #/components/schemas/Order.");
    }
    JsonElement node = Pointers.get(root, pointer);
    if (node == null) {
      throw ApiException.badRequest(
          where + " does not resolve: there is nothing at " + pointer + ".");
    }
    return node;
  }

  private static String decodeUri(String text) {
    return text.contains("%")
        ? URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8)
        : text;
  }

  private static java.util.List<String> reversed(Deque<String> stack) {
    java.util.List<String> list = new java.util.ArrayList<>(stack);
    java.util.Collections.reverse(list);
    return list;
  }
}
