package org.mockpayments.bench;

import java.time.Duration;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPayments;
import org.mockpayments.testsupport.TestSocket;

/**
 * Push latency (control send until the client has the frame) and await latency (client send until
 * awaitFrame returns).
 */
final class Latency {
  private Latency() {}

  static Stats push(MockPayments payments, String webSocketUrl, int warmUp, int count) {
    payments.resetAndCloseConnections();
    TestSocket client = TestSocket.connect(webSocketUrl);
    MockConnection conn = payments.awaitConnection(Duration.ofSeconds(10));
    Stats stats = new Stats();
    for (int i = 0; i < warmUp + count; i++) {
      String text = "push-" + i;
      long start = System.nanoTime();
      conn.sendText(text);
      if (!client.nextText().equals(text)) {
        throw new IllegalStateException("frames arrived out of order");
      }
      if (i >= warmUp) {
        stats.add((System.nanoTime() - start) / 1e6);
      }
    }
    client.socket().abort();
    return stats;
  }

  static Stats await(MockPayments payments, String webSocketUrl, int warmUp, int count) {
    payments.resetAndCloseConnections();
    TestSocket client = TestSocket.connect(webSocketUrl);
    payments.awaitConnection(Duration.ofSeconds(10));
    Stats stats = new Stats();
    for (int i = 0; i < warmUp + count; i++) {
      String text = "await-" + i;
      long start = System.nanoTime();
      client.send(text);
      payments.awaitFrame(Match.equalTo(text), Duration.ofSeconds(10));
      if (i >= warmUp) {
        stats.add((System.nanoTime() - start) / 1e6);
      }
    }
    client.socket().abort();
    return stats;
  }
}
