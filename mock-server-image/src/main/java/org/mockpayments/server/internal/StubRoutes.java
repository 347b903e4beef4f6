package org.mockpayments.server.internal;

import com.google.gson.JsonArray;

/** {@code /stubs}: add, list with fire counts, and remove canned replies. */
final class StubRoutes {
  private final Mock mock;

  StubRoutes(Mock mock) {
    this.mock = mock;
  }

  void register(ControlApi api) {
    api.route("GET", "/stubs", ex -> {
          JsonArray array = new JsonArray();
          mock.stubs.list().forEach(stub -> array.add(stub.toJson()));
          ex.respond(200, array);
        })
        .route("POST", "/stubs", ex -> ex.respondWhenDone(ex.body().thenApply(mock.stubs::add), 201, Stub::toJson))
        .route("DELETE", "/stubs", ex -> {
          mock.stubs.removeAll();
          ex.respondEmpty(204);
        })
        .route("DELETE", "/stubs/{id}", ex -> {
          mock.stubs.remove(ex.pathParam(0));
          ex.respondEmpty(204);
        });
  }
}
