package org.mockpayments.server.internal.control;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.mockpayments.server.internal.json.ApiException;

/**
 * An HTTP control request's body, read whole up to a limit, and always read to its end before an
 * answer: answering while the client is still sending would make Jetty close the connection under
 * it, and the client would never see the answer, or lose the next request it sent on the same
 * connection.
 */
final class RequestBody {
  private RequestBody() {}

  /** The body as UTF-8 text; over {@code limit}, fails with what {@code tooLarge} makes. */
  static CompletableFuture<String> text(
      Request request, long limit, Supplier<ApiException> tooLarge) {
    if (request.getLength() > limit) {
      return drainThenFail(request, tooLarge.get());
    }
    CompletableFuture<byte[]> read = new CompletableFuture<>();
    Content.Source.asByteArrayAsync(
        request, (int) Math.min(Integer.MAX_VALUE - 16, limit), Promise.Invocable.toPromise(read));
    return read.exceptionallyCompose(tooMuch -> drainThenFail(request, tooLarge.get()))
        .thenApply(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  /** Runs {@code then} once whatever is left of the body has been read and discarded. */
  static void drain(Request request, Runnable then) {
    Content.Source.consumeAll(request, Callback.from(then, ignored -> then.run()));
  }

  private static <T> CompletableFuture<T> drainThenFail(Request request, ApiException failure) {
    CompletableFuture<T> failed = new CompletableFuture<>();
    drain(request, () -> failed.completeExceptionally(failure));
    return failed;
  }
}
