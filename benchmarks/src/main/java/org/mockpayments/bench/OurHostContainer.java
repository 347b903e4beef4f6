package org.mockpayments.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.mockpayments.client.MockPaymentsClient;

/**
 * Our image on the host's network, on free ports, with no Docker userland proxy in front of it; a
 * client of it once its control API answers.
 */
final class OurHostContainer implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(60);

  final String id;
  final MockPaymentsClient payments;
  final int webSocketPort;

  private OurHostContainer(String id, MockPaymentsClient payments, int webSocketPort) {
    this.id = id;
    this.payments = payments;
    this.webSocketPort = webSocketPort;
  }

  static OurHostContainer start(String image) {
    int webSocketPort = Docker.freePort();
    int controlPort = Docker.freePort();
    String id =
        Docker.runOnHostNetwork(
            "-e", "MOCK_WS_PORT=" + webSocketPort, "-e", "MOCK_CONTROL_PORT=" + controlPort, image);
    try {
      MockPaymentsClient payments =
          new MockPaymentsClient(URI.create("http://127.0.0.1:" + controlPort));
      awaitReady(payments::connections);
      return new OurHostContainer(id, payments, webSocketPort);
    } catch (RuntimeException e) {
      Docker.run("rm", "-f", id);
      throw e;
    }
  }

  /** {@code ws://127.0.0.1:port}. */
  String webSocketBase() {
    return "ws://127.0.0.1:" + webSocketPort;
  }

  @Override
  public void close() {
    Docker.run("rm", "-f", id);
  }

  /** Polls {@code probe} until it answers without throwing, within a minute. */
  static void awaitReady(Supplier<?> probe) {
    long deadline = System.nanoTime() + READY.toNanos();
    while (true) {
      try {
        probe.get();
        return;
      } catch (RuntimeException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("not ready within " + READY, notYet);
        }
        LockSupport.parkNanos(5_000_000);
      }
    }
  }
}
