package org.mockpayments.server.internal;

import com.google.gson.JsonObject;

/** {@code /health} and {@code /reset}. */
final class ServiceRoutes {
  private final Mock mock;

  ServiceRoutes(Mock mock) {
    this.mock = mock;
  }

  void register(ControlApi api) {
    api.route("GET", "/health", ex -> {
          JsonObject status = new JsonObject();
          status.addProperty("status", "UP");
          status.addProperty("seq", mock.journal.lastSeq());
          JsonObject journal = new JsonObject();
          journal.addProperty("entries", mock.journal.size());
          journal.addProperty("evicted", mock.journal.evicted());
          status.add("journal", journal);
          ex.respond(200, status);
        })
        .route("POST", "/reset", ex -> ex.respondWhenDone(
            ex.body().thenCompose(json -> {
              JsonBody body = JsonBody.of(json, "the body", "closeConnections");
              return mock.reset(body.bool("closeConnections", false));
            }),
            200,
            seq -> {
              JsonObject result = new JsonObject();
              result.addProperty("reset", true);
              result.addProperty("seq", seq);
              return result;
            }));
  }
}
