package org.mockpayments.server.internal.control;

import com.google.gson.JsonArray;
import org.mockpayments.server.internal.proxy.Target;
import org.mockpayments.server.internal.proxy.Targets;

/** {@code /proxy-targets}: add, list and remove the real servers connections are forwarded to. */
public final class ProxyRoutes {
  private final Targets targets;

  public ProxyRoutes(Targets targets) {
    this.targets = targets;
  }

  public void register(ControlRouter router) {
    router
        .route(
            "POST",
            "/proxy-targets",
            ex -> ex.respondWhenDone(ex.body().thenApply(targets::add), 201, Target::toJson))
        .route(
            "GET",
            "/proxy-targets",
            ex -> {
              JsonArray list = new JsonArray();
              targets.list().forEach(target -> list.add(target.toJson()));
              ex.respond(200, list);
            })
        .route(
            "DELETE",
            "/proxy-targets",
            ex -> {
              targets.removeAdded();
              ex.respondEmpty(204);
            })
        .route(
            "DELETE",
            "/proxy-targets/{id}",
            ex -> {
              targets.remove(ex.pathParam(0));
              ex.respondEmpty(204);
            });
  }
}
