package org.mockpayments.server.internal.websocket;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongConsumer;
import org.eclipse.jetty.io.EndPoint;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.json.ApiException;

/**
 * The connections the server lists, in order of opening, with ids {@code c1, c2, ...}; awaits on
 * new connections complete from openings.
 *
 * <p>Lock order: this registry, then a connection, then the journal. Opening, closing and
 * forgetting all happen under this registry's lock, so a reset either sees a connection's end whole
 * (its close frame and closing journaled) or not at all.
 */
public final class ConnectionRegistry {
  static final String LATEST = "latest";
  public static final String ALL = "all";

  private final Map<String, LiveConnection> connections = new LinkedHashMap<>();
  private final List<CountWaiter> waiters = new ArrayList<>();
  private final Journal journal;
  private final ScheduledExecutorService scheduler;
  private int nextId = 1;

  /**
   * The journal's last seq at the last reset: awaits count connections opened after it by default.
   */
  private long resetSeq;

  public ConnectionRegistry(Journal journal, ScheduledExecutorService scheduler) {
    this.journal = journal;
    this.scheduler = scheduler;
  }

  /** Lists and journals a new connection; called before the 101 goes out. */
  LiveConnection open(Handshake handshake, EndPoint endPoint) {
    List<Runnable> satisfied = new ArrayList<>();
    LiveConnection opened;
    synchronized (this) {
      String id = "c" + nextId++;
      LiveConnection[] made = new LiveConnection[1];
      journal.append(
          seq -> {
            made[0] =
                new LiveConnection(
                    id, seq, handshake, journal, new FreezeValve(scheduler), endPoint);
            return new JournalEntry.Opened(made[0].snapshot());
          });
      opened = made[0];
      connections.put(id, opened);
      for (Iterator<CountWaiter> it = waiters.iterator(); it.hasNext(); ) {
        CountWaiter waiter = it.next();
        List<LiveConnection> openedSince = openedAfter(waiter.since);
        if (openedSince.size() >= waiter.count) {
          it.remove();
          satisfied.add(() -> waiter.result.complete(openedSince));
        }
      }
    }
    satisfied.forEach(Runnable::run);
    return opened;
  }

  /**
   * Records a connection's end, journaling the client's close frame ({@code withCloseFrame}) and
   * the closing together, then completes its {@code closed()} future.
   */
  void closed(LiveConnection connection, int code, String reason, boolean withCloseFrame) {
    boolean ended;
    synchronized (this) {
      ended = connection.markClosed(code, reason, withCloseFrame);
    }
    if (ended) {
      connection.completeClosed();
    }
  }

  public synchronized List<LiveConnection> list() {
    return new ArrayList<>(connections.values());
  }

  /** The connection with this id, or a 404 naming the ones there are. */
  public synchronized LiveConnection get(String id) {
    LiveConnection connection = connections.get(id);
    if (connection == null) {
      throw ApiException.notFound(
          "There is no connection '" + id + "'. Known: " + connections.keySet() + ".");
    }
    return connection;
  }

  /**
   * The connections that {@code target} names: an id, {@code latest} (the newest open one) or
   * {@code all} (every open one, maybe none).
   */
  public synchronized List<LiveConnection> resolve(String target) {
    if (ALL.equals(target)) {
      return connections.values().stream().filter(LiveConnection::isOpen).toList();
    }
    if (LATEST.equals(target)) {
      List<LiveConnection> open =
          connections.values().stream().filter(LiveConnection::isOpen).toList();
      if (open.isEmpty()) {
        throw ApiException.notFound("There is no open connection, so 'latest' names none.");
      }
      return List.of(open.get(open.size() - 1));
    }
    return List.of(get(target));
  }

  /**
   * The listed connections opened after {@code since} (the last reset when null), once there are at
   * least {@code count}. The future never completes by itself: the caller bounds it and calls
   * {@link #cancel} on timeout.
   */
  public synchronized CompletableFuture<List<LiveConnection>> awaitCount(int count, Long since) {
    long after = since == null ? resetSeq : since;
    List<LiveConnection> opened = openedAfter(after);
    if (opened.size() >= count) {
      return CompletableFuture.completedFuture(opened);
    }
    CountWaiter waiter = new CountWaiter(count, after, new CompletableFuture<>());
    waiters.add(waiter);
    return waiter.result;
  }

  public synchronized void cancel(CompletableFuture<List<LiveConnection>> pending) {
    waiters.removeIf(waiter -> waiter.result == pending);
  }

  /** How many listed connections opened after {@code since} (the last reset when null). */
  public synchronized int countOpenedAfter(Long since) {
    return openedAfter(since == null ? resetSeq : since).size();
  }

  /**
   * The reset's own step: forgets every connection that has ended or that the mock is ending (none
   * of them journals again), runs {@code beforeClear} with the last seq before the reset, clears
   * the journal and returns that seq. All of it happens under this registry's lock, so no opening
   * or closing falls in between. Ids start again at {@code c1} when no connection is left listed.
   */
  public synchronized long forgetEndedAndClear(LongConsumer beforeClear) {
    for (Iterator<LiveConnection> it = connections.values().iterator(); it.hasNext(); ) {
      LiveConnection connection = it.next();
      if (connection.life().isEnding()) {
        connection.life().forget();
        it.remove();
      }
    }
    if (connections.isEmpty()) {
      nextId = 1;
    }
    resetSeq = journal.lastSeq();
    beforeClear.accept(resetSeq);
    journal.clear();
    return resetSeq;
  }

  private List<LiveConnection> openedAfter(long since) {
    return connections.values().stream().filter(connection -> connection.seq() > since).toList();
  }

  private record CountWaiter(
      int count, long since, CompletableFuture<List<LiveConnection>> result) {}
}
