package org.mockpayments.server.internal.control;

import com.google.gson.JsonArray;
import org.mockpayments.server.internal.scripting.HandshakeRejections;

/** {@code /handshake-rejections}: refuse upgrades on demand, and list the attempts refused. */
public final class RejectionRoutes {
  private final HandshakeRejections rejections;

  public RejectionRoutes(HandshakeRejections rejections) {
    this.rejections = rejections;
  }

  public void register(ControlRouter router) {
    router
        .route(
            "POST",
            "/handshake-rejections",
            ex -> ex.respondWhenDone(ex.body().thenApply(rejections::add), 201, JsonViews::rule))
        .route(
            "GET",
            "/handshake-rejections",
            ex -> {
              JsonArray rules = new JsonArray();
              rejections.rules().forEach(rule -> rules.add(JsonViews.rule(rule)));
              ex.respond(200, rules);
            })
        .route(
            "GET",
            "/handshake-rejections/attempts",
            ex -> {
              JsonArray attempts = new JsonArray();
              rejections.attempts().forEach(attempt -> attempts.add(JsonViews.refused(attempt)));
              ex.respond(200, attempts);
            })
        .route(
            "DELETE",
            "/handshake-rejections",
            ex -> {
              rejections.removeRules();
              ex.respondEmpty(204);
            })
        .route(
            "DELETE",
            "/handshake-rejections/{id}",
            ex -> {
              rejections.remove(ex.pathParam(0));
              ex.respondEmpty(204);
            });
  }
}
