package org.mockpayments.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /openapi.json}: the control API's OpenAPI 3.1 document, the machine-checked contract. */
final class OpenApiRoute {
  private final byte[] document;

  OpenApiRoute() {
    try (InputStream in = OpenApiRoute.class.getResourceAsStream("/org/mockpayments/server/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server's jar");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void register(ControlApi api) {
    api.route("GET", "/openapi.json", ex -> ex.respondFile("application/json", document));
  }
}
