package org.mockpayments.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.mockpayments.client.MockPaymentsClient;

/**
 * Many concurrent connections to one container: time to open them, a broadcast to all, memory per
 * connection. The container runs on the host's network: through a mapped port, Docker's userland
 * proxy holds two descriptors per connection and runs out of them (20000 here) before 10000.
 */
final class Scale {
  /** What the run showed. */
  record Result(
      int connections,
      double openSeconds,
      double broadcastMillis,
      double rssBeforeMib,
      double rssAfterMib) {
    double kibPerConnection() {
      return (rssAfterMib - rssBeforeMib) * 1024 / connections;
    }
  }

  private Scale() {}

  /** A client that only counts the broadcast; auto-demanding, since it never sends. */
  public static final class Counter implements Session.Listener.AutoDemanding {
    private final CountDownLatch received;

    Counter(CountDownLatch received) {
      this.received = received;
    }

    @Override
    public void onWebSocketText(String message) {
      received.countDown();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
      // A failed connection shows as a connect failure or a missing broadcast; no log line per
      // socket.
    }
  }

  static Result measure(String image, int connections) throws Exception {
    try (OurHostContainer ours = OurHostContainer.start(image)) {
      return measure(
          ours.payments, ours.id, URI.create(ours.webSocketBase() + "/scale"), connections);
    }
  }

  private static Result measure(
      MockPaymentsClient payments, String containerId, URI uri, int connections) throws Exception {
    double before = Docker.rssMib(containerId);
    HttpClient http = new HttpClient();
    http.setMaxConnectionsPerDestination(connections + 10);
    WebSocketClient client = new WebSocketClient(http);
    client.start();
    CountDownLatch received = new CountDownLatch(connections);
    try {
      long start = System.nanoTime();
      List<CompletableFuture<Session>> opening = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        opening.add(client.connect(new Counter(received), uri));
        if (opening.size() % 500 == 0) {
          // Bounded bursts keep the kernel's accept queue from overflowing.
          CompletableFuture.allOf(
                  opening
                      .subList(opening.size() - 500, opening.size())
                      .toArray(CompletableFuture[]::new))
              .join();
        }
      }
      CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
      payments.awaitConnections(connections, Duration.ofSeconds(120));
      double openSeconds = (System.nanoTime() - start) / 1e9;
      double after = Docker.rssMib(containerId);

      long broadcastStart = System.nanoTime();
      int sent = payments.broadcastText("to everyone");
      if (sent != connections || !received.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "broadcast reached " + (connections - received.getCount()) + " of " + connections);
      }
      double broadcastMillis = (System.nanoTime() - broadcastStart) / 1e6;
      return new Result(connections, openSeconds, broadcastMillis, before, after);
    } finally {
      client.stop();
    }
  }
}
