package org.mockpayments.server.internal.control;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.mockpayments.client.transport.ControlAnswer;
import org.mockpayments.server.internal.json.ApiException;

/**
 * A control request of the embedded server's own client, handed over in memory: the body is already
 * whole, and the answer completes a future instead of going out on a socket. Headers such as {@code
 * Allow} are not carried; the client reads none.
 */
final class MemoryExchange extends Exchange {
  private final String body;
  private final CompletableFuture<ControlAnswer> answer = new CompletableFuture<>();

  /** {@code body}: the request's body, or null without one. */
  MemoryExchange(String method, String rawQuery, String body, long maxBodyBytes) {
    super(method, rawQuery, maxBodyBytes);
    this.body = body == null ? "" : body;
  }

  /** Completes with the answer, whenever the route gives it. */
  CompletableFuture<ControlAnswer> answer() {
    return answer;
  }

  @Override
  CompletableFuture<String> text() {
    // Counted in bytes, as over HTTP.
    return body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes
        ? CompletableFuture.failedFuture(tooLarge())
        : CompletableFuture.completedFuture(body);
  }

  @Override
  void respondText(int status, String contentType, String text) {
    answer.complete(new ControlAnswer(status, contentType, text));
  }

  @Override
  void respondFile(String contentType, byte[] bytes) {
    respondText(200, contentType, new String(bytes, StandardCharsets.UTF_8));
  }

  @Override
  EventStream stream(String contentType) {
    throw ApiException.badRequest(
        "This answer is a stream of Server-Sent Events, which only HTTP carries; ask it at the"
            + " server's control URL.");
  }

  @Override
  void header(String name, String value) {
    // Not carried in memory.
  }

  @Override
  void respondEmpty(int status) {
    respondText(status, "", "");
  }

  @Override
  void afterBody(Runnable then) {
    then.run();
  }
}
