package org.mockpayments.server.internal.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /openapi.json}: the control API's OpenAPI 3.1 document, the machine-checked contract. */
public final class OpenApiRoutes {
  private final byte[] document;

  public OpenApiRoutes() {
    try (InputStream in =
        OpenApiRoutes.class.getResourceAsStream("/org/mockpayments/server/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server's jar");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void register(ControlRouter router) {
    router.route("GET", "/openapi.json", ex -> ex.respondFile("application/json", document));
  }
}
