package org.mockpayments.server.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mockpayments.server.internal.contract.Contracts;
import org.mockpayments.server.internal.control.EventHub;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.proxy.Recorder;
import org.mockpayments.server.internal.proxy.Target;
import org.mockpayments.server.internal.proxy.Targets;
import org.mockpayments.server.internal.proxy.UpstreamConnector;
import org.mockpayments.server.internal.scripting.HandshakeRejections;
import org.mockpayments.server.internal.scripting.Stubs;
import org.mockpayments.server.internal.websocket.ConnectionRegistry;
import org.mockpayments.server.internal.websocket.LiveConnection;

/** The state of one mock server: connections, journal, stubs and the live event feed. */
public final class MockState {
  /**
   * How long a reset or a stop waits for a client to answer its close frame before cutting it off.
   */
  private static final long CLOSE_GRACE_SECONDS = 2;

  final EventHub events = new EventHub();
  final ConsoleLog log;
  final Journal journal;
  final ConnectionRegistry connections;
  final Stubs stubs;
  final Contracts contracts;
  final HandshakeRejections rejections;
  final ScheduledExecutorService scheduler;
  final Targets proxyTargets;
  final Recorder recorder = new Recorder();
  final UpstreamConnector upstreams;

  /** {@code proxy}: the target of the settings, or null. */
  MockState(ConsoleLog log, int journalLimit, Target proxy) {
    this.log = log;
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = Executors.defaultThreadFactory().newThread(runnable);
              thread.setName("mock-timer");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.scheduler = executor;
    this.stubs = new Stubs(scheduler, log::info);
    this.contracts = new Contracts(stubs, log::info);
    this.journal =
        new Journal(
            journalLimit,
            contracts,
            entry -> {
              log.entry(entry);
              events.publish(entry);
            },
            log::info);
    this.connections = new ConnectionRegistry(journal, scheduler);

    this.rejections = new HandshakeRejections(journal);
    this.proxyTargets = new Targets(proxy);
    this.upstreams = new UpstreamConnector(recorder, log::info);
  }

  /**
   * Clears the journal, forgets the connections that ended (or that the mock is ending), cancels
   * stub replies not yet sent, restores the start-up stubs and AsyncAPI document (forgetting
   * contract violations), removes handshake rejections and proxy targets added through the API, and
   * empties the recording; with {@code closeOpen}, first closes every open connection with 1001 and
   * waits for each to end. Completes with the last seq before the reset: everything after it is
   * new.
   */
  CompletableFuture<Long> reset(boolean closeOpen) {
    CompletableFuture<Void> allClosed =
        closeOpen ? closeAll("mock server reset") : CompletableFuture.completedFuture(null);
    return allClosed.thenApply(
        ignored -> {
          long seq =
              connections.forgetEndedAndClear(
                  lastSeq -> {
                    stubs.restore();
                    contracts.reset();
                    rejections.clear();
                    proxyTargets.removeAdded();
                    recorder.reset();
                    events.publishReset(lastSeq);
                  });
          log.info("reset (history up to #" + seq + " cleared)");
          return seq;
        });
  }

  /**
   * Closes every open connection with 1001 and completes when all have ended, cutting off any that
   * does not answer its close within a grace period. Connections the mock is already closing are
   * waited for, not closed twice.
   */
  CompletableFuture<Void> closeAll(String reason) {
    return CompletableFuture.allOf(
        connections.resolve(ConnectionRegistry.ALL).stream()
            .map(connection -> closeGoingAway(connection, reason))
            .toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<Void> closeGoingAway(LiveConnection connection, String reason) {
    if (!connection.isClosing()) {
      try {
        connection.close(1001, reason, Journal.NO_CAUSE);
      } catch (ApiException alreadyEnded) {
        return connection.closed();
      }
    }
    scheduler.schedule(
        () -> {
          try {
            connection.drop();
          } catch (ApiException closedMeanwhile) {
            // The close handshake finished first, as it should.
          }
        },
        CLOSE_GRACE_SECONDS,
        TimeUnit.SECONDS);
    return connection.closed();
  }
}
