package org.mockpayments.testcontainers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits until the control API's {@code /health} answers 200, asking every few milliseconds: the
 * server is usually ready within a few hundred milliseconds of its start, and Testcontainers' own
 * HTTP wait strategy asks at most once a second. Sends the control token, if the container has one.
 */
final class HealthCheck extends AbstractWaitStrategy {
  private static final Duration PAUSE = Duration.ofMillis(20);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final int controlPort;
  private final Supplier<String> token;

  HealthCheck(int controlPort, Supplier<String> token) {
    this.controlPort = controlPort;
    this.token = token;
    withStartupTimeout(Duration.ofSeconds(60));
  }

  @Override
  protected void waitUntilReady() {
    URI health =
        URI.create(
            "http://"
                + waitStrategyTarget.getHost()
                + ":"
                + waitStrategyTarget.getMappedPort(controlPort)
                + "/health");
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!waitStrategyTarget.isRunning()) {
        throw new ContainerLaunchException(
            "The mock server's container stopped before /health answered; "
                + "its log: "
                + waitStrategyTarget.getLogs());
      }
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET();
        if (token.get() != null) {
          request.header("Authorization", "Bearer " + token.get());
        }
        int status =
            HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return;
        }
        last = "status " + status;
      } catch (IOException notListeningYet) {
        last = notListeningYet.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContainerLaunchException(
            "Interrupted while waiting for the mock server's /health", e);
      }
      sleep();
    }
    throw new ContainerLaunchException(
        "The mock server's "
            + health
            + " did not answer 200 within "
            + startupTimeout.toMillis()
            + " ms (last: "
            + last
            + ")");
  }

  private static void sleep() {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContainerLaunchException(
          "Interrupted while waiting for the mock server's /health", e);
    }
  }
}
