package org.mockpayments.server.internal.schema;

import com.google.gson.JsonElement;

/** JSON pointers (RFC 6901) into Gson trees. */
public final class Pointers {
  private Pointers() {}

  /** The value at {@code pointer} in {@code root}, or null when there is none. */
  public static JsonElement get(JsonElement root, String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return root;
    }
    JsonElement node = root;
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = unescape(token);
      if (node != null && node.isJsonObject()) {
        node = node.getAsJsonObject().get(name);
      } else if (node != null && node.isJsonArray() && name.matches("\\d{1,9}")) {
        int index = Integer.parseInt(name);
        node = index < node.getAsJsonArray().size() ? node.getAsJsonArray().get(index) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  /** A pointer token as the key it stands for. */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** A key as a pointer token. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
