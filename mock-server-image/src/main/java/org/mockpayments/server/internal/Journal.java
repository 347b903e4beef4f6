package org.mockpayments.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Every frame in either direction, numbered by one global sequence. Appends are serialized, so
 * entries of one connection keep their wire order; awaits complete from appends, never by polling.
 */
final class Journal {
  private final List<JournalEntry> entries = new ArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Consumer<JournalEntry> listener;
  private final Consumer<String> log;
  private final int limit;
  private long nextSeq = 1;
  /** The seq of {@code entries.get(0)}: entries are numbered without gaps from there. */
  private long firstSeq = 1;
  private long evicted;

  /**
   * {@code listener} sees every entry in order, under the journal's lock, so it must not block.
   * Past {@code limit} entries the oldest tenth is evicted, counted and logged.
   */
  Journal(int limit, Consumer<JournalEntry> listener, Consumer<String> log) {
    this.limit = limit;
    this.listener = listener;
    this.log = log;
  }

  JournalEntry append(
      String connection,
      JournalEntry.Direction direction,
      FrameType type,
      String text,
      byte[] bytes,
      Integer closeCode,
      String closeReason) {
    return append(connection, direction, type, text, bytes, closeCode, closeReason, null);
  }

  JournalEntry append(
      String connection,
      JournalEntry.Direction direction,
      FrameType type,
      String text,
      byte[] bytes,
      Integer closeCode,
      String closeReason,
      Double rttMs) {
    List<Waiter> satisfied = new ArrayList<>();
    JournalEntry entry;
    synchronized (this) {
      entry = new JournalEntry(
          nextSeq++, connection, direction, type, text, bytes, closeCode, closeReason, rttMs, Instant.now());
      entries.add(entry);
      if (entries.size() > limit) {
        evictOldest();
      }
      listener.accept(entry);
      for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
        Waiter waiter = it.next();
        if (waiter.wants(entry)) {
          it.remove();
          satisfied.add(waiter);
        }
      }
    }
    satisfied.forEach(waiter -> waiter.result.complete(entry));
    return entry;
  }

  /** Entries with {@code seq > since} that fit {@code query}, oldest first. */
  synchronized List<JournalEntry> read(long since, FrameQuery query) {
    List<JournalEntry> found = new ArrayList<>();
    for (int i = firstIndexAfter(since); i < entries.size(); i++) {
      JournalEntry entry = entries.get(i);
      if (query.test(entry)) {
        found.add(entry);
      }
    }
    return found;
  }

  /**
   * The first entry after {@code since} that fits {@code query}, now or when it is appended. The
   * future never completes by itself: the caller bounds it and calls {@link #cancel} on timeout.
   */
  synchronized CompletableFuture<JournalEntry> await(long since, FrameQuery query) {
    for (int i = firstIndexAfter(since); i < entries.size(); i++) {
      if (query.test(entries.get(i))) {
        return CompletableFuture.completedFuture(entries.get(i));
      }
    }
    Waiter waiter = new Waiter(since, query, new CompletableFuture<>());
    waiters.add(waiter);
    return waiter.result;
  }

  synchronized void cancel(CompletableFuture<JournalEntry> pending) {
    waiters.removeIf(waiter -> waiter.result == pending);
  }

  /** Forgets every entry; numbering starts again at 1, and pending awaits now wait for new entries. */
  synchronized void clear() {
    entries.clear();
    nextSeq = 1;
    firstSeq = 1;
    waiters.replaceAll(waiter -> new Waiter(0, waiter.query, waiter.result));
  }

  /** How many entries the limit has evicted since start. */
  synchronized long evicted() {
    return evicted;
  }

  synchronized int size() {
    return entries.size();
  }

  private void evictOldest() {
    int count = Math.max(1, limit / 10);
    entries.subList(0, count).clear();
    firstSeq += count;
    evicted += count;
    log.accept("journal limit of " + limit + " entries reached: evicted the oldest " + count + " ("
        + evicted + " evicted since start; raise MOCK_JOURNAL_LIMIT to keep more)");
  }

  private int firstIndexAfter(long since) {
    return (int) Math.max(0, Math.min(since - firstSeq + 1, entries.size()));
  }

  private record Waiter(long since, FrameQuery query, CompletableFuture<JournalEntry> result) {
    boolean wants(JournalEntry entry) {
      return entry.seq() > since && query.test(entry);
    }
  }
}
