package org.mockpayments.bench;

import org.mockpayments.testsupport.TestSocket;

/**
 * Push latency (control call until the client has the frame) and await latency (client send until
 * the await returns), through one JDK WebSocket client, for any contender. A wait that runs out
 * although the frame was journaled is counted apart, not as a sample, so the percentiles are those
 * of the waits that returned.
 */
final class Latency {
  private Latency() {}

  static Stats push(WebSocketMock mock, int warmUp, int count) {
    mock.forget();
    TestSocket client = TestSocket.connect(mock.webSocketUrl("/push"));
    mock.awaitConnections(1);
    Stats stats = new Stats();
    for (int i = 0; i < warmUp + count; i++) {
      String text = "push-" + i;
      long start = System.nanoTime();
      mock.push("/push", text);
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

  static Stats await(WebSocketMock mock, int warmUp, int count) {
    mock.forget();
    TestSocket client = TestSocket.connect(mock.webSocketUrl("/await"));
    mock.awaitConnections(1);
    Stats stats = new Stats();
    for (int i = 0; i < warmUp + count; i++) {
      String text = "await-" + i;
      long start = System.nanoTime();
      client.send(text);
      try {
        mock.awaitReceived(text);
        if (i >= warmUp) {
          stats.add((System.nanoTime() - start) / 1e6);
        }
      } catch (WebSocketMock.FailedWait e) {
        if (i >= warmUp) {
          stats.addFailedWait();
        }
      }
    }
    client.socket().abort();
    return stats;
  }
}
