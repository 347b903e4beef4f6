package org.mockpayments.server.internal.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// Its own thread: a bug here can leave a test waiting uninterruptibly, which must fail, not hang.
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BatchedOutputTest {

  @Test
  void keepsEveryLineAndEachWritersOrder() throws Exception {
    Target target = new Target();
    PrintStream out = new PrintStream(new BatchedOutput(target), false, StandardCharsets.UTF_8);
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      int id = w;
      Thread writer =
          new Thread(
              () -> {
                for (int n = 0; n < 5_000; n++) {
                  out.println("w" + id + " n" + n);
                }
              });
      writer.start();
      writers.add(writer);
    }
    for (Thread writer : writers) {
      writer.join();
    }
    out.flush();

    String[] lines = target.text().split("\n");
    assertThat(lines).hasSize(8 * 5_000);
    int[] next = new int[8];
    for (String line : lines) {
      String[] parts = line.split(" ");
      int id = Integer.parseInt(parts[0].substring(1));
      assertThat(parts[1]).as("writer %d's lines in order", id).isEqualTo("n" + next[id]);
      next[id]++;
    }
  }

  @Test
  void writesWhatGatheredWhileItWasWritingInOneCall() throws Exception {
    Target target = new Target();
    BatchedOutput output = stuckInItsFirstWrite(target);

    for (int n = 0; n < 1_000; n++) {
      output.write(bytes("line " + n + "\n"));
    }
    target.releaseWrites();
    output.flush();

    assertThat(target.writes())
        .as("the first line, then the 1,000 gathered meanwhile")
        .isEqualTo(2);
    assertThat(target.text()).startsWith("first\nline 0\n").endsWith("line 999\n");
  }

  @Test
  void writesLinesThatComeOneAtATimeWithoutBeingFlushed() throws Exception {
    Target target = new Target();
    BatchedOutput output = new BatchedOutput(target);

    output.write(bytes("ready\n"));
    target.awaitText("ready\n");
    output.write(bytes("c1 opened /payments\n"));

    // Written once the thread was idle again.
    target.awaitText("ready\nc1 opened /payments\n");
  }

  @Test
  void makesWritersWaitOnceTheBoundIsWaiting() throws Exception {
    Target target = new Target();
    BatchedOutput output = stuckInItsFirstWrite(target);
    byte[] chunk = new byte[BatchedOutput.MAX_WAITING / 2 + 1];
    output.write(chunk);

    Thread writer =
        new Thread(
            () -> {
              try {
                output.write(chunk);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    awaitParked(writer);
    target.releaseWrites();
    writer.join();
    output.flush();

    assertThat(target.size()).isEqualTo("first\n".length() + 2L * chunk.length);
  }

  @Test
  void reportsAFailedWriteAndNeverHangs() throws Exception {
    Target target = new Target();
    target.failWrites();
    BatchedOutput output = new BatchedOutput(target);

    output.write(bytes("lost\n"));

    assertThatThrownBy(output::flush).isInstanceOf(IOException.class).hasMessage("pipe closed");
    assertThatThrownBy(() -> output.write(bytes("after\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("pipe closed");
  }

  /** An output whose thread is inside {@code target}'s write of "first\n", held there. */
  private static BatchedOutput stuckInItsFirstWrite(Target target) throws Exception {
    target.holdWrites();
    BatchedOutput output = new BatchedOutput(target);
    output.write(bytes("first\n"));
    target.awaitWriteStarted();
    return output;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Waits until {@code thread} is parked (the second chunk waiting for the first), up to 10 s. */
  private static void awaitParked(Thread thread) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (thread.getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the writer did not wait within 10 s: " + thread.getState());
      }
      Thread.yield();
    }
  }

  /** Records what it is given and how many writes gave it; can hold or fail its writes. */
  private static final class Target extends OutputStream {
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final AtomicInteger writes = new AtomicInteger();
    private final CountDownLatch writeStarted = new CountDownLatch(1);
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile boolean failing;

    void holdWrites() {
      hold = new CountDownLatch(1);
    }

    void releaseWrites() {
      hold.countDown();
    }

    void failWrites() {
      failing = true;
    }

    void awaitWriteStarted() throws InterruptedException {
      assertThat(writeStarted.await(10, TimeUnit.SECONDS)).as("a write started").isTrue();
    }

    @Override
    public void write(int b) {
      throw new UnsupportedOperationException("BatchedOutput writes arrays");
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      writeStarted.countDown();
      if (failing) {
        throw new IOException("pipe closed");
      }
      try {
        hold.await();
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      writes.incrementAndGet();
      synchronized (received) {
        received.write(bytes, offset, length);
        received.notifyAll();
      }
    }

    /** Waits until exactly {@code expected} has arrived, up to 10 s, woken by each write. */
    void awaitText(String expected) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      synchronized (received) {
        while (!received.toString(StandardCharsets.UTF_8).equals(expected)) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new AssertionError("not within 10 s: " + expected + "; got " + received);
          }
          received.wait(Math.max(1, left / 1_000_000));
        }
      }
    }

    int writes() {
      return writes.get();
    }

    String text() {
      synchronized (received) {
        return received.toString(StandardCharsets.UTF_8);
      }
    }

    long size() {
      synchronized (received) {
        return received.size();
      }
    }
  }
}
