package org.mockpayments.bench;

import java.util.ArrayList;
import java.util.List;
import org.mockpayments.testsupport.TestSocket;

/**
 * Push latency (control call until the client has the frame) and await latency (client send until
 * the await returns), through one JDK WebSocket client per contender. Contenders measured together
 * take turns sample by sample, who goes first rotating, so noise on the machine hits them alike. A
 * wait that runs out although the frame was journaled is counted apart, not as a sample, so the
 * percentiles are those of the waits that returned.
 */
final class Latency {
  private Latency() {}

  /** One sample of one contender: round {@code round}, through its {@code client}. */
  private interface Sample {
    void take(WebSocketMock mock, TestSocket client, Stats stats, int round, boolean counted);
  }

  static Stats push(WebSocketMock mock, int warmUp, int count) {
    return push(List.of(mock), warmUp, count).get(0);
  }

  static Stats await(WebSocketMock mock, int warmUp, int count) {
    return await(List.of(mock), warmUp, count).get(0);
  }

  /** The push latency of each of {@code mocks}, in their order, measured in turns. */
  static List<Stats> push(List<WebSocketMock> mocks, int warmUp, int count) {
    return interleaved(
        mocks,
        "/push",
        warmUp,
        count,
        (mock, client, stats, round, counted) -> {
          String text = "push-" + round;
          long start = System.nanoTime();
          mock.push("/push", text);
          if (!client.nextText().equals(text)) {
            throw new IllegalStateException("frames arrived out of order");
          }
          if (counted) {
            stats.add((System.nanoTime() - start) / 1e6);
          }
        });
  }

  /** The await latency of each of {@code mocks}, in their order, measured in turns. */
  static List<Stats> await(List<WebSocketMock> mocks, int warmUp, int count) {
    return interleaved(
        mocks,
        "/await",
        warmUp,
        count,
        (mock, client, stats, round, counted) -> {
          String text = "await-" + round;
          long start = System.nanoTime();
          client.send(text);
          try {
            mock.awaitReceived(text);
            if (counted) {
              stats.add((System.nanoTime() - start) / 1e6);
            }
          } catch (WebSocketMock.FailedWait e) {
            if (counted) {
              stats.addFailedWait();
            }
          }
        });
  }

  /** The latency of each of {@code calls}, in their order, measured in turns. */
  static List<Stats> calls(List<Runnable> calls, int warmUp, int count) {
    List<Stats> stats = new ArrayList<>();
    calls.forEach(call -> stats.add(new Stats()));
    for (int round = 0; round < warmUp + count; round++) {
      for (int turn = 0; turn < calls.size(); turn++) {
        int next = (round + turn) % calls.size();
        long start = System.nanoTime();
        calls.get(next).run();
        if (round >= warmUp) {
          stats.get(next).add((System.nanoTime() - start) / 1e6);
        }
      }
    }
    return stats;
  }

  private static List<Stats> interleaved(
      List<WebSocketMock> mocks, String path, int warmUp, int count, Sample sample) {
    List<TestSocket> clients = new ArrayList<>();
    List<Stats> stats = new ArrayList<>();
    for (WebSocketMock mock : mocks) {
      mock.forget();
      clients.add(TestSocket.connect(mock.webSocketUrl(path)));
      mock.awaitConnections(1);
      stats.add(new Stats());
    }
    for (int round = 0; round < warmUp + count; round++) {
      for (int turn = 0; turn < mocks.size(); turn++) {
        int next = (round + turn) % mocks.size();
        sample.take(mocks.get(next), clients.get(next), stats.get(next), round, round >= warmUp);
      }
    }
    clients.forEach(client -> client.socket().abort());
    return stats;
  }
}
