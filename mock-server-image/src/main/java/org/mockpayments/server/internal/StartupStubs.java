package org.mockpayments.server.internal;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.scripting.Stubs;

/**
 * The stubs a server starts with, from its stubs file and its settings: they come back on every
 * reset.
 */
final class StartupStubs {
  private StartupStubs() {}

  /**
   * Loads them into {@code stubs}.
   *
   * @throws IllegalArgumentException naming the file or stub that cannot be read or is not valid
   */
  static void load(Stubs stubs, ServerSettings settings) {
    Path file = settings.stubsFile();
    if (file != null) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read the stubs file " + file + ": " + e);
      }
      load(stubs, text, "The stubs file " + file, true);
    }
    for (String json : settings.stubs()) {
      load(stubs, json, "A stub of the settings", false);
    }
  }

  private static void load(Stubs stubs, String json, String source, boolean arrayOnly) {
    try {
      JsonElement parsed = Json.parseBody(json);
      List<JsonElement> definitions = new ArrayList<>();
      if (parsed.isJsonArray()) {
        parsed.getAsJsonArray().forEach(definitions::add);
      } else if (parsed.isJsonObject() && !arrayOnly) {
        definitions.add(parsed);
      } else {
        throw ApiException.badRequest("it must hold a JSON array of stub definitions.");
      }
      stubs.load(definitions, Character.toLowerCase(source.charAt(0)) + source.substring(1));
    } catch (ApiException e) {
      throw new IllegalArgumentException(source + " is not valid: " + e.getMessage());
    }
  }
}
