package org.mockpayments.server.internal.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The order of a connection's traffic through freezes, latency and a late session, on its own. */
@Timeout(10)
class FreezeValveTest {
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final FreezeValve valve = new FreezeValve(scheduler);
  private final List<String> happened = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void writesAskedForBeforeTheSessionOpensGoOutInOrderWhenItDoes() {
    valve.write(record("w1"));
    valve.write(record("w2"));
    assertThat(happened).isEmpty();

    valve.attach();
    valve.write(record("w3"));
    assertThat(happened).containsExactly("w1", "w2", "w3");
  }

  @Test
  void aFrozenValveHoldsWritesReadsAndDemandAndReleasesThemInThatOrder() {
    valve.attach();
    valve.freeze();
    valve.write(record("w1"));
    valve.read(record("r1"));
    valve.write(record("w2"));
    valve.read(record("r2"));
    valve.demand(record("demand"));
    assertThat(happened).as("nothing moves while frozen").isEmpty();
    assertThat(valve.isFrozen()).isTrue();

    valve.release();
    assertThat(happened).containsExactly("w1", "w2", "r1", "r2", "demand");
    assertThat(valve.isFrozen()).isFalse();
  }

  @Test
  void releasingBeforeTheSessionOpensKeepsTheWritesForIt() {
    valve.freeze();
    valve.write(record("w1"));
    valve.release();
    assertThat(happened).isEmpty();
    valve.attach();
    assertThat(happened).containsExactly("w1");
  }

  @Test
  void latencyDelaysWritesAndKeepsTheirOrder() throws InterruptedException {
    valve.attach();
    valve.latency(50);
    CountDownLatch three = new CountDownLatch(3);
    long start = System.nanoTime();
    for (String name : List.of("w1", "w2", "w3")) {
      valve.write(
          () -> {
            happened.add(name);
            three.countDown();
          });
    }
    assertThat(happened).as("not yet").isEmpty();
    assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(happened).containsExactly("w1", "w2", "w3");
    // A lower bound on a delay the mock adds: load can only lengthen it, so it cannot fail a slow
    // run.
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(50);
  }

  @Test
  void aDelayedWriteThatComesDueWhileFrozenWaitsForTheRelease() throws InterruptedException {
    valve.attach();
    valve.latency(30);
    valve.write(record("delayed"));
    valve.freeze();
    CountDownLatch due = new CountDownLatch(1);
    scheduler.schedule(due::countDown, 100, TimeUnit.MILLISECONDS);
    assertThat(due.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(happened).as("due, but frozen").isEmpty();

    valve.release();
    assertThat(happened).containsExactly("delayed");
  }

  @Test
  void aCutGoesThroughAFreezeAtOnce() {
    valve.attach();
    valve.freeze();
    valve.write(record("w1"));
    valve.cut(record("cut"));
    assertThat(happened).containsExactly("cut");
    assertThat(valve.isFrozen()).as("a cut ends the freeze").isFalse();
  }

  @Test
  void aCutBeforeTheSessionOpensComesAfterTheWritesAskedForEarlier() {
    valve.write(record("w1"));
    valve.cut(record("cut"));
    valve.attach();
    assertThat(happened).containsExactly("w1", "cut");
  }

  private Runnable record(String name) {
    return () -> happened.add(name);
  }
}
