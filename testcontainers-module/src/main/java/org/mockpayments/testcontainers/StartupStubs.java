package org.mockpayments.testcontainers;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stubs a container loads at start, gathered from builders, files and resources into one array.
 */
final class StartupStubs {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private final JsonArray stubs = new JsonArray();

  void add(String stubJson) {
    JsonElement stub = parse(stubJson, "The stub");
    if (!stub.isJsonObject()) {
      throw new IllegalArgumentException("A stub must be a JSON object, not: " + stubJson);
    }
    stubs.add(stub);
  }

  void addFile(Path file) {
    try {
      addArray(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the stubs file " + file, e);
    }
  }

  void addResource(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("There is no classpath resource " + resource);
      }
      addArray(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath resource " + resource, e);
    }
  }

  boolean isEmpty() {
    return stubs.isEmpty();
  }

  byte[] toFile() {
    return GSON.toJson(stubs).getBytes(StandardCharsets.UTF_8);
  }

  private void addArray(String json, String source) {
    JsonElement parsed = parse(json, "The stubs in " + source);
    if (!parsed.isJsonArray()) {
      throw new IllegalArgumentException(
          "The stubs in " + source + " must be a JSON array of stub definitions");
    }
    stubs.addAll(parsed.getAsJsonArray());
  }

  private static JsonElement parse(String json, String what) {
    try {
      return JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
