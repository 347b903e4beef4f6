package org.mockpayments.server.internal.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.mockpayments.server.internal.json.ApiException;

/** The live debug page at {@code /}: plain HTML, CSS and JavaScript shipped in the server's jar. */
public final class PageRoutes {
  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.css", "text/css; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8");

  private final Map<String, byte[]> contents;

  public PageRoutes() {
    contents =
        Map.of(
            "index.html", read("index.html"),
            "app.css", read("app.css"),
            "app.js", read("app.js"));
  }

  public void register(ControlRouter router) {
    router
        .route("GET", "/", ex -> serve(ex, "index.html"))
        .route(
            "GET",
            "/ui/{file}",
            ex -> {
              if (!FILES.containsKey(ex.pathParam(0))) {
                throw ApiException.notFound("There is no page file '" + ex.pathParam(0) + "'.");
              }
              serve(ex, ex.pathParam(0));
            });
  }

  private void serve(Exchange ex, String file) {
    ex.respondFile(FILES.get(file), contents.get(file));
  }

  private static byte[] read(String file) {
    try (InputStream in =
        PageRoutes.class.getResourceAsStream("/org/mockpayments/server/ui/" + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "The page file " + file + " is missing from the server's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
