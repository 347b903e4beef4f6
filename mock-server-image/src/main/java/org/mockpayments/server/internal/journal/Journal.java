package org.mockpayments.server.internal.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The mock's history: every frame in either direction, connections opening and closing, refused
 * upgrades, numbered by one sequence that never starts again. Appends are serialized, so entries of
 * one connection keep their wire order; awaits complete from appends, never by polling.
 */
public final class Journal {
  /** The cause of an entry that answers nothing, such as a push from the control API. */
  public static final long NO_CAUSE = 0;

  private final List<JournalEntry> entries = new ArrayList<>();
  private final TextKeys textKeys = new TextKeys();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Consumer<JournalEntry> listener;
  private final EntryCheck check;
  private final Consumer<String> log;
  private final int limit;
  private long nextSeq = 1;

  /** The seq of {@code entries.get(0)}: entries are numbered without gaps from there. */
  private long firstSeq = 1;

  /** Entries up to this seq were cleared by a reset. */
  private long clearedUpTo;

  private long evicted;

  /**
   * {@code listener} sees every entry in order, under the journal's lock, so it must not block.
   * Past {@code limit} entries the oldest tenth is evicted, counted and logged.
   */
  public Journal(int limit, Consumer<JournalEntry> listener, Consumer<String> log) {
    this(limit, (seq, event) -> null, listener, log);
  }

  /** As above, with every entry first read by {@code check}, under the lock too. */
  public Journal(
      int limit, EntryCheck check, Consumer<JournalEntry> listener, Consumer<String> log) {
    this.check = check;
    this.limit = limit;
    this.listener = listener;
    this.log = log;
  }

  public JournalEntry append(JournalEntry.Event event) {
    return append(seq -> event, NO_CAUSE);
  }

  /** Appends the event {@code eventForSeq} makes, given the seq it will have. */
  public JournalEntry append(LongFunction<JournalEntry.Event> eventForSeq) {
    return append(eventForSeq, NO_CAUSE);
  }

  /**
   * Appends {@code event}, which answers the entry {@code causeSeq} ({@link #NO_CAUSE} when it
   * answers nothing), unless a reset has cleared that entry: then nothing is appended and null is
   * returned. So a stub's reply to a frame from before a reset can never land after it.
   */
  public JournalEntry append(JournalEntry.Event event, long causeSeq) {
    return append(seq -> event, causeSeq);
  }

  private JournalEntry append(LongFunction<JournalEntry.Event> eventForSeq, long causeSeq) {
    List<Waiter> satisfied = new ArrayList<>();
    JournalEntry entry;
    synchronized (this) {
      if (causeSeq != NO_CAUSE && causeSeq <= clearedUpTo) {
        return null;
      }
      long seq = nextSeq++;
      JournalEntry.Event event = eventForSeq.apply(seq);
      entry = new JournalEntry(seq, Instant.now(), event, check.check(seq, event));
      entries.add(entry);
      textKeys.add(entry);
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

  /** Entries with {@code seq > since} that fit {@code filter}, oldest first. */
  public synchronized List<JournalEntry> read(long since, Predicate<JournalEntry> filter) {
    List<JournalEntry> found = new ArrayList<>();
    long wanted = wantedText(filter);
    for (int i = firstIndexAfter(since); i < entries.size(); i++) {
      JournalEntry entry = entries.get(i);
      if (textKeys.mayFit(i, wanted) && filter.test(entry)) {
        found.add(entry);
      }
    }
    return found;
  }

  /**
   * The first entry after {@code since} that fits {@code filter}, now or when it is appended. The
   * future never completes by itself: the caller bounds it and calls {@link #cancel} on timeout.
   */
  public synchronized CompletableFuture<JournalEntry> await(
      long since, Predicate<JournalEntry> filter) {
    long wanted = wantedText(filter);
    for (int i = firstIndexAfter(since); i < entries.size(); i++) {
      if (textKeys.mayFit(i, wanted) && filter.test(entries.get(i))) {
        return CompletableFuture.completedFuture(entries.get(i));
      }
    }
    Waiter waiter = new Waiter(since, filter, new CompletableFuture<>());
    waiters.add(waiter);
    return waiter.result;
  }

  public synchronized void cancel(CompletableFuture<JournalEntry> pending) {
    waiters.removeIf(waiter -> waiter.result == pending);
  }

  /**
   * Forgets every entry. Numbering goes on, so a seq from before still names nothing after, and
   * pending awaits simply wait for new entries.
   */
  public synchronized void clear() {
    entries.clear();
    textKeys.clear();
    firstSeq = nextSeq;
    clearedUpTo = nextSeq - 1;
  }

  /** The seq of the latest entry ever appended (0 before the first). */
  public synchronized long lastSeq() {
    return nextSeq - 1;
  }

  /** How many entries the limit has evicted since start. */
  public synchronized long evicted() {
    return evicted;
  }

  public synchronized int size() {
    return entries.size();
  }

  private void evictOldest() {
    int count = Math.max(1, limit / 10);
    entries.subList(0, count).clear();
    textKeys.removeFirst(count);
    firstSeq += count;
    evicted += count;
    log.accept(
        "journal limit of "
            + limit
            + " entries reached: evicted the oldest "
            + count
            + " ("
            + evicted
            + " evicted since start; raise MOCK_JOURNAL_LIMIT to keep more)");
  }

  private static long wantedText(Predicate<JournalEntry> filter) {
    return TextKeys.wanted(filter instanceof FrameQuery query ? query.exactText() : null);
  }

  private int firstIndexAfter(long since) {
    return (int) Math.max(0, Math.min(since - firstSeq + 1, entries.size()));
  }

  private record Waiter(
      long since, Predicate<JournalEntry> filter, CompletableFuture<JournalEntry> result) {
    boolean wants(JournalEntry entry) {
      return entry.seq() > since && filter.test(entry);
    }
  }
}
