package org.mockpayments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mockpayments.testsupport.TestSocket;

/** Frames per second journaled from many concurrent clients, with the journal counted after. */
final class Ingest {
  /** The rate and whether every frame was journaled. */
  record Result(double framesPerSecond, long sent, long journaled) {}

  private Ingest() {}

  static Result measure(WebSocketMock mock, int clients, int framesEach) {
    mock.forget();
    List<TestSocket> sockets = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      sockets.add(TestSocket.connect(mock.webSocketUrl("/ingest")));
    }
    mock.awaitConnections(clients);
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
        try {
          mock.awaitReceived("{\"client\":" + c + ",\"n\":" + (framesEach - 1) + "}");
        } catch (WebSocketMock.FailedWait journaledAnyway) {
          // The frame is in the journal; the count below is what decides.
        }
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long journaled = mock.countReceived("{\"client\":");
    sockets.forEach(client -> client.socket().abort());
    long sent = (long) clients * framesEach;
    return new Result(sent / seconds, sent, journaled);
  }
}
