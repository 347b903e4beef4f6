package org.mockpayments.server.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/** Strict JSON parsing and compact printing, shared by the whole server. */
public final class Json {
  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final int NESTING_LIMIT = 64;
  // A user's build may force Gson 2.10, which lacks both limits; its reader's default is the
  // strictest it has.
  private static final boolean STRICTNESS_AVAILABLE = classExists("com.google.gson.Strictness");

  private Json() {}

  /** Parses one strict JSON document, or returns empty if {@code text} is not one. */
  public static Optional<JsonElement> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (JsonParseException | IOException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** Parses one strict JSON document; throws a 400 {@link ApiException} naming what is wrong. */
  public static JsonElement parseBody(String text) {
    return parseBody(text, "the body");
  }

  /** As {@link #parseBody(String)}, for a text the message calls {@code what}. */
  public static JsonElement parseBody(String text, String what) {
    try {
      return parse(text);
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw ApiException.badRequest(
          ApiException.sentence(what) + " is not valid JSON: " + rootMessage(e));
    }
  }

  private static JsonElement parse(String text) throws IOException {
    JsonReader reader = new JsonReader(new StringReader(text));
    if (STRICTNESS_AVAILABLE) {
      Gson211Limits.apply(reader);
    }
    JsonElement element = JsonParser.parseReader(reader);
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new JsonParseException("unexpected content after the JSON value");
    }
    return element;
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name, false, Json.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Loaded only where Gson 2.11 or newer is on the class path. */
  private static final class Gson211Limits {
    static void apply(JsonReader reader) {
      reader.setStrictness(Strictness.STRICT);
      reader.setNestingLimit(NESTING_LIMIT);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // Gson appends a link to its troubleshooting guide, and a path that can be as long as the
    // nesting.
    for (String noise : new String[] {"\nSee https://", " path $"}) {
      int at = message.indexOf(noise);
      if (at >= 0) {
        message = message.substring(0, at);
      }
    }
    return message;
  }

  public static String print(JsonElement element) {
    return GSON.toJson(element);
  }
}
