package org.mockpayments.server.internal.control;

import com.google.gson.JsonArray;
import org.mockpayments.server.internal.scripting.Stubs;

/** {@code /stubs}: add, list with fire counts, and remove canned replies. */
public final class StubRoutes {
  private final Stubs stubs;

  public StubRoutes(Stubs stubs) {
    this.stubs = stubs;
  }

  public void register(ControlRouter router) {
    router
        .route(
            "GET",
            "/stubs",
            ex -> {
              JsonArray array = new JsonArray();
              stubs.list().forEach(stub -> array.add(JsonViews.stub(stub)));
              ex.respond(200, array);
            })
        .route(
            "POST",
            "/stubs",
            ex -> ex.respondWhenDone(ex.body().thenApply(stubs::add), 201, JsonViews::stub))
        .route(
            "DELETE",
            "/stubs",
            ex -> {
              stubs.removeAll();
              ex.respondEmpty(204);
            })
        .route(
            "DELETE",
            "/stubs/{id}",
            ex -> {
              stubs.remove(ex.pathParam(0));
              ex.respondEmpty(204);
            });
  }
}
