package org.mockpayments.server.internal;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The state of one mock server: connections, journal, stubs and the live event feed. */
final class Mock {
  final EventHub events = new EventHub();
  final ConsoleLog log;
  final Journal journal;
  final ConnectionRegistry connections;
  final Stubs stubs;
  final HandshakeRejections rejections;
  final ScheduledExecutorService scheduler;

  Mock(ConsoleLog log, int journalLimit) {
    this.log = log;
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = Executors.defaultThreadFactory().newThread(runnable);
      thread.setName("mock-timer");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    this.scheduler = executor;
    this.journal = new Journal(journalLimit, entry -> {
      log.frame(entry);
      events.publish("frame", entry.toJson());
    }, log::info);
    this.connections = new ConnectionRegistry(journal, scheduler, connection -> {
      log.connection(connection);
      events.publish("connection", connection.toJson());
    });
    this.stubs = new Stubs(scheduler, log::info);
    this.rejections = new HandshakeRejections(attempt -> {
      log.info("refused an upgrade on " + attempt.get("path").getAsString() + " with " + attempt.get("status"));
      events.publish("rejection", attempt);
    });
  }

  void loadStubs(List<JsonElement> definitions, String source) {
    stubs.load(definitions, source);
  }

  /**
   * Clears the journal, forgets closed connections and restores the start-up stubs; with {@code
   * closeOpen}, first closes every open connection with 1001 and waits for each to end.
   */
  CompletableFuture<Void> reset(boolean closeOpen) {
    CompletableFuture<Void> allClosed = CompletableFuture.completedFuture(null);
    if (closeOpen) {
      allClosed = closeAll("mock server reset");
    }
    return allClosed.thenRun(() -> {
      stubs.restore();
      rejections.clear();
      journal.clear();
      connections.forgetClosed();
      log.info("reset");
    });
  }

  /** Closes every open connection with 1001 and completes when all have ended (at most ~2 s). */
  CompletableFuture<Void> closeAll(String reason) {
    return CompletableFuture.allOf(connections.resolve(ConnectionRegistry.ALL).stream()
        .map(connection -> closeGoingAway(connection, reason))
        .toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<Void> closeGoingAway(LiveConnection connection, String reason) {
    try {
      connection.close(1001, reason);
    } catch (ApiException alreadyClosed) {
      return CompletableFuture.completedFuture(null);
    }
    // A client that never answers the close frame is cut off rather than holding the reset up.
    scheduler.schedule(() -> {
      try {
        connection.drop();
      } catch (ApiException closedMeanwhile) {
        // The close handshake finished first, as it should.
      }
    }, 2, TimeUnit.SECONDS);
    return connection.closed();
  }
}
