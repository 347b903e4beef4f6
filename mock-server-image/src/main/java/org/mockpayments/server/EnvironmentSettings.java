package org.mockpayments.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mockpayments.client.AsyncApiPerspective;

/**
 * Where settings come from besides code: the image's {@code MOCK_...} environment, the classpath.
 */
final class EnvironmentSettings {
  /** The WebSocket and control ports inside the image. */
  private static final int IMAGE_WEBSOCKET_PORT = 8080;

  private static final int IMAGE_CONTROL_PORT = 8081;

  private EnvironmentSettings() {}

  /**
   * The text of a classpath resource, such as {@code "stubs/payments.json"}.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  static String classpathResource(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("There is no classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath resource " + resource, e);
    }
  }

  /** The image's settings: its ports, overridden by the variables that are set. */
  static ServerSettings read(Map<String, String> env, ServerSettings.Builder defaults) {
    ServerSettings base = defaults.ports(IMAGE_WEBSOCKET_PORT, IMAGE_CONTROL_PORT).build();
    ServerSettings.Builder settings =
        base.toBuilder()
            .ports(
                (int) number(env, "MOCK_WS_PORT", base.webSocketPort(), 65_535),
                (int) number(env, "MOCK_CONTROL_PORT", base.controlPort(), 65_535))
            .maxMessageBytes(
                number(env, "MOCK_MAX_MESSAGE_BYTES", base.maxMessageBytes(), Integer.MAX_VALUE))
            .maxBodyBytes(
                number(env, "MOCK_MAX_BODY_BYTES", base.maxBodyBytes(), Integer.MAX_VALUE))
            .journalLimit(
                (int) number(env, "MOCK_JOURNAL_LIMIT", base.journalLimit(), Integer.MAX_VALUE))
            .controlToken(text(env, "MOCK_CONTROL_TOKEN"))
            .writeTimeout(
                Duration.ofMillis(
                    number(
                        env, "MOCK_WRITE_TIMEOUT_MS", base.writeTimeout().toMillis(), 3_600_000)))
            .tls(tls(env))
            .proxy(proxy(env));
    String stubs = text(env, "MOCK_STUBS_FILE");
    if (stubs != null) {
      settings.stubsFile(Path.of(stubs));
    }
    String perspective = text(env, "MOCK_ASYNCAPI_PERSPECTIVE");
    String asyncApi = text(env, "MOCK_ASYNCAPI_FILE");
    if (asyncApi != null) {
      settings.asyncApi(Path.of(asyncApi), perspective(perspective));
    } else if (perspective != null) {
      throw new IllegalArgumentException(
          "MOCK_ASYNCAPI_PERSPECTIVE is set, but MOCK_ASYNCAPI_FILE is not: set the document's"
              + " file too, or leave both out.");
    }
    return settings.build();
  }

  private static AsyncApiPerspective perspective(String value) {
    if (value == null || value.equalsIgnoreCase("server")) {
      return AsyncApiPerspective.SERVER;
    }
    if (value.equalsIgnoreCase("client")) {
      return AsyncApiPerspective.CLIENT;
    }
    throw new IllegalArgumentException(
        "MOCK_ASYNCAPI_PERSPECTIVE must be server (the mock plays the application the document"
            + " describes) or client (it plays the counterpart), not '"
            + value
            + "'.");
  }

  private static TlsSettings tls(Map<String, String> env) {
    String enabled = text(env, "MOCK_TLS");
    if (enabled == null || enabled.equalsIgnoreCase("false")) {
      return TlsSettings.OFF;
    }
    if (!enabled.equalsIgnoreCase("true")) {
      throw new IllegalArgumentException("MOCK_TLS must be true or false, not '" + enabled + "'.");
    }
    String keyStore = text(env, "MOCK_TLS_KEYSTORE");
    if (keyStore != null) {
      return TlsSettings.fromKeyStore(Path.of(keyStore), env.get("MOCK_TLS_KEYSTORE_PASSWORD"));
    }
    String names = text(env, "MOCK_TLS_HOSTNAMES");
    return TlsSettings.selfSigned(
        names == null ? List.of() : List.of(names.trim().split("\\s*,\\s*")));
  }

  private static ProxySettings proxy(Map<String, String> env) {
    String target = text(env, "MOCK_PROXY_TARGET");
    if (target == null) {
      return ProxySettings.OFF;
    }
    ProxySettings proxy = ProxySettings.to(URI.create(target.trim()));
    String headers = text(env, "MOCK_PROXY_HEADERS");
    if (headers != null) {
      JsonElement json;
      try {
        json = JsonParser.parseString(headers);
      } catch (JsonParseException e) {
        json = null;
      }
      if (json == null || !json.isJsonObject()) {
        throw new IllegalArgumentException(
            "MOCK_PROXY_HEADERS must be a JSON object of header names and values, such as"
                + " {\"Authorization\":\"Bearer ...\"}.");
      }
      for (Map.Entry<String, JsonElement> header : json.getAsJsonObject().entrySet()) {
        proxy = proxy.withHeader(header.getKey(), header.getValue().getAsString());
      }
    }
    return "true".equalsIgnoreCase(text(env, "MOCK_PROXY_INSECURE"))
        ? proxy.trustingAnyCertificate()
        : proxy;
  }

  /** The variable's value, or null when it is unset or blank. */
  private static String text(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  private static long number(Map<String, String> env, String name, long defaultValue, long max) {
    String value = text(env, name);
    if (value == null) {
      return defaultValue;
    }
    try {
      long number = Long.parseLong(value.trim());
      if (number >= 0 && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        name + " must be a whole number from 0 to " + max + ", not '" + value + "'.");
  }
}
