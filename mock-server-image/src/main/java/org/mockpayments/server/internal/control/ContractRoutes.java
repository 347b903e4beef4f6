package org.mockpayments.server.internal.control;

import com.google.gson.JsonArray;
import java.util.List;
import java.util.Set;
import org.mockpayments.server.internal.contract.Contracts;
import org.mockpayments.server.internal.contract.Perspective;
import org.mockpayments.server.internal.contract.Violation;

/**
 * {@code /asyncapi}: load, describe and remove the contract the mock plays; {@code
 * /contract/violations}: what broke it.
 */
public final class ContractRoutes {
  private final Contracts contracts;

  public ContractRoutes(Contracts contracts) {
    this.contracts = contracts;
  }

  public void register(ControlRouter router) {
    router
        .route(
            "POST",
            "/asyncapi",
            Set.of("perspective"),
            ex ->
                ex.respondWhenDone(
                    ex.text()
                        .thenApply(
                            text ->
                                contracts.load(
                                    text,
                                    Perspective.parse(ex.query("perspective"), "'perspective'"))),
                    201,
                    description -> description))
        .route("GET", "/asyncapi", ex -> ex.respond(200, contracts.describe()))
        .route(
            "DELETE",
            "/asyncapi",
            ex -> {
              contracts.remove();
              ex.respondEmpty(204);
            })
        .route(
            "GET",
            "/contract/violations",
            Set.of("since"),
            ex -> {
              List<Violation> found =
                  contracts.violations(ex.queryLong("since", 0, Long.MAX_VALUE, 0));
              JsonArray array = new JsonArray();
              found.forEach(violation -> array.add(violation.toJson()));
              ex.respond(200, array);
            });
  }
}
