package org.mockpayments.server.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The connections the server knows of, in order of opening, with ids {@code c1, c2, ...}. An id is
 * never reused while its connection is listed; awaits on the count complete from events.
 */
final class ConnectionRegistry {
  static final String LATEST = "latest";
  static final String ALL = "all";

  private final Map<String, LiveConnection> connections = new LinkedHashMap<>();
  private final List<CountWaiter> waiters = new ArrayList<>();
  private final Journal journal;
  private final java.util.concurrent.ScheduledExecutorService scheduler;
  private final Consumer<LiveConnection> listener;
  private int nextId = 1;
  private int openedSinceReset;

  /** {@code listener} hears of each opening and closing, in order, and must not block. */
  ConnectionRegistry(Journal journal, java.util.concurrent.ScheduledExecutorService scheduler,
      Consumer<LiveConnection> listener) {
    this.journal = journal;
    this.scheduler = scheduler;
    this.listener = listener;
  }

  LiveConnection open(LiveConnection.Handshake handshake, org.eclipse.jetty.io.EndPoint endPoint) {
    List<CountWaiter> satisfied = new ArrayList<>();
    LiveConnection connection;
    List<LiveConnection> snapshot;
    synchronized (this) {
      connection = new LiveConnection("c" + nextId++, handshake, journal, scheduler, endPoint);
      connections.put(connection.id, connection);
      openedSinceReset++;
      listener.accept(connection);
      for (Iterator<CountWaiter> it = waiters.iterator(); it.hasNext(); ) {
        CountWaiter waiter = it.next();
        if (openedSinceReset >= waiter.count) {
          it.remove();
          satisfied.add(waiter);
        }
      }
      snapshot = satisfied.isEmpty() ? List.of() : list();
    }
    satisfied.forEach(waiter -> waiter.result.complete(snapshot));
    return connection;
  }

  void closed(LiveConnection connection, int code, String reason) {
    connection.markClosed(code, reason);
    synchronized (this) {
      if (connections.get(connection.id) == connection) {
        listener.accept(connection);
      }
    }
  }

  synchronized List<LiveConnection> list() {
    return new ArrayList<>(connections.values());
  }

  synchronized LiveConnection get(String id) {
    LiveConnection connection = connections.get(id);
    if (connection == null) {
      throw ApiException.notFound("There is no connection '" + id + "'. Known: " + connections.keySet() + ".");
    }
    return connection;
  }

  /**
   * The connections that {@code target} names: an id, {@code latest} (the newest open one) or
   * {@code all} (every open one, maybe none).
   */
  synchronized List<LiveConnection> resolve(String target) {
    if (ALL.equals(target)) {
      return connections.values().stream().filter(LiveConnection::isOpen).toList();
    }
    if (LATEST.equals(target)) {
      List<LiveConnection> open = connections.values().stream().filter(LiveConnection::isOpen).toList();
      if (open.isEmpty()) {
        throw ApiException.notFound("There is no open connection, so 'latest' names none.");
      }
      return List.of(open.get(open.size() - 1));
    }
    return List.of(get(target));
  }

  /**
   * All listed connections once at least {@code count} have opened since start or reset. The future
   * never completes by itself: the caller bounds it and calls {@link #cancel} on timeout.
   */
  synchronized CompletableFuture<List<LiveConnection>> awaitCount(int count) {
    if (openedSinceReset >= count) {
      return CompletableFuture.completedFuture(list());
    }
    CountWaiter waiter = new CountWaiter(count, new CompletableFuture<>());
    waiters.add(waiter);
    return waiter.result;
  }

  synchronized void cancel(CompletableFuture<List<LiveConnection>> pending) {
    waiters.removeIf(waiter -> waiter.result == pending);
  }

  synchronized int openedSinceReset() {
    return openedSinceReset;
  }

  /** Forgets closed connections; numbering restarts at c1 when none is left listed. */
  synchronized void forgetClosed() {
    connections.values().removeIf(connection -> !connection.isOpen());
    openedSinceReset = 0;
    if (connections.isEmpty()) {
      nextId = 1;
    }
  }

  private record CountWaiter(int count, CompletableFuture<List<LiveConnection>> result) {}
}
