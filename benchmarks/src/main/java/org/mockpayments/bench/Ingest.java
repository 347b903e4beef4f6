package org.mockpayments.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPayments;
import org.mockpayments.testsupport.TestSocket;

/** Frames per second journaled from many concurrent clients, with the journal counted after. */
final class Ingest {
  /** The rate and whether every frame was journaled. */
  record Result(double framesPerSecond, long sent, long journaled) {}

  private Ingest() {}

  static Result measure(MockPayments payments, String webSocketUrl, int clients, int framesEach) {
    payments.resetAndCloseConnections();
    List<TestSocket> sockets = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      sockets.add(TestSocket.connect(webSocketUrl));
    }
    payments.awaitConnections(clients, Duration.ofSeconds(30));
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<CompletableFuture<Void>> sending = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        TestSocket client = sockets.get(c);
        int id = c;
        sending.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int n = 0; n < framesEach; n++) {
                    client.send("{\"client\":" + id + ",\"n\":" + n + "}");
                  }
                },
                pool));
      }
      CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
      for (int c = 0; c < clients; c++) {
        payments.awaitFrame(
            Match.equalTo("{\"client\":" + c + ",\"n\":" + (framesEach - 1) + "}"),
            Duration.ofSeconds(60));
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long journaled =
        payments.receivedFrames().stream().filter(f -> f.type() == Frame.Type.TEXT).count();
    sockets.forEach(client -> client.socket().abort());
    long sent = (long) clients * framesEach;
    return new Result(sent / seconds, sent, journaled);
  }
}
