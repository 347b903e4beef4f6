package org.mockpayments.server.internal.control;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.mockpayments.client.transport.ControlAnswer;
import org.mockpayments.client.transport.ControlRequest;
import org.mockpayments.client.transport.ControlTransport;

/**
 * The embedded server's own client's way in: each request goes to the control router in the calling
 * thread, and the caller waits on the answer's future, with no socket, no HTTP and no thread
 * hand-off unless the answer has to wait for the WebSocket side (an await).
 */
public final class MemoryTransport implements ControlTransport {
  /** Added to an await's own timeout, so the server's timeout answer always comes first. */
  private static final Duration MARGIN = Duration.ofSeconds(10);

  private final ControlRouter router;
  private final String authorization;
  private final BooleanSupplier running;

  /**
   * {@code token}: the control token the server was started with, or null; {@code running}: false
   * once the server has stopped, when requests fail as they would over HTTP.
   */
  public MemoryTransport(ControlRouter router, String token, BooleanSupplier running) {
    this.router = router;
    this.authorization = token == null ? null : "Bearer " + token;
    this.running = running;
  }

  @Override
  public ControlAnswer exchange(ControlRequest request) throws IOException, InterruptedException {
    if (!running.getAsBoolean()) {
      throw new IOException("the embedded server is not running");
    }
    long answerWithinMs = request.awaitTimeout().plus(MARGIN).toMillis();
    try {
      return router
          .answer(
              request.method(),
              request.uri().getPath(),
              request.uri().getRawQuery(),
              authorization,
              request.body())
          .get(answerWithinMs, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IOException("the embedded server failed to answer: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IOException(
          "the embedded server did not answer within " + answerWithinMs + " ms", e);
    }
  }

  @Override
  public String toString() {
    return "in memory";
  }
}
