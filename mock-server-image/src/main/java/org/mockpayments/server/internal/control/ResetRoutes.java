package org.mockpayments.server.internal.control;

import com.google.gson.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.mockpayments.server.internal.json.JsonBody;

/** {@code /reset}: start afresh, optionally closing every connection first. */
public final class ResetRoutes {
  /**
   * Resets, closing open connections first when asked; completes with the last seq before the
   * reset.
   */
  private final Function<Boolean, CompletableFuture<Long>> reset;

  public ResetRoutes(Function<Boolean, CompletableFuture<Long>> reset) {
    this.reset = reset;
  }

  public void register(ControlRouter router) {
    router.route(
        "POST",
        "/reset",
        ex ->
            ex.respondWhenDone(
                ex.body()
                    .thenCompose(
                        json ->
                            reset.apply(
                                JsonBody.of(json, "the body", "closeConnections")
                                    .bool("closeConnections", false))),
                200,
                seq -> {
                  JsonObject result = new JsonObject();
                  result.addProperty("reset", true);
                  result.addProperty("seq", seq);
                  return result;
                }));
  }
}
