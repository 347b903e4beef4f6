package org.mockpayments.server.internal;

import com.google.gson.JsonArray;

/** {@code /handshake-rejections}: refuse upgrades on demand, and list the attempts refused. */
final class RejectionRoutes {
  private final Mock mock;

  RejectionRoutes(Mock mock) {
    this.mock = mock;
  }

  void register(ControlApi api) {
    api.route("POST", "/handshake-rejections", ex -> ex.respondWhenDone(
            ex.body().thenApply(mock.rejections::add), 201, HandshakeRejections.Rule::toJson))
        .route("GET", "/handshake-rejections", ex -> {
          JsonArray rules = new JsonArray();
          mock.rejections.rules().forEach(rule -> rules.add(rule.toJson()));
          ex.respond(200, rules);
        })
        .route("GET", "/handshake-rejections/attempts", ex -> {
          JsonArray attempts = new JsonArray();
          mock.rejections.attempts().forEach(attempts::add);
          ex.respond(200, attempts);
        })
        .route("DELETE", "/handshake-rejections", ex -> {
          mock.rejections.removeRules();
          ex.respondEmpty(204);
        })
        .route("DELETE", "/handshake-rejections/{id}", ex -> {
          mock.rejections.remove(ex.pathParam(0));
          ex.respondEmpty(204);
        });
  }
}
