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
  private long nextSeq = 1;

  /** {@code listener} sees every entry in order, under the journal's lock, so it must not block. */
  Journal(Consumer<JournalEntry> listener) {
    this.listener = listener;
  }

  JournalEntry append(
      String connection,
      JournalEntry.Direction direction,
      FrameType type,
      String text,
      byte[] bytes,
      Integer closeCode,
      String closeReason) {
    List<Waiter> satisfied = new ArrayList<>();
    JournalEntry entry;
    synchronized (this) {
      entry = new JournalEntry(nextSeq++, connection, direction, type, text, bytes, closeCode, closeReason, Instant.now());
      entries.add(entry);
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
    waiters.replaceAll(waiter -> new Waiter(0, waiter.query, waiter.result));
  }

  synchronized long lastSeq() {
    return nextSeq - 1;
  }

  private int firstIndexAfter(long since) {
    // Entries are numbered 1..n without gaps since the last clear, so seq s sits at index s - 1.
    return (int) Math.max(0, Math.min(since, entries.size()));
  }

  private record Waiter(long since, FrameQuery query, CompletableFuture<JournalEntry> result) {
    boolean wants(JournalEntry entry) {
      return entry.seq() > since && query.test(entry);
    }
  }
}
