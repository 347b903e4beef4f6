package org.mockpayments.server.internal.console;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An output stream whose {@code write} returns at once: a thread of its own writes whatever has
 * gathered since its last write to the stream beneath, in one call. {@link #flush} waits until
 * everything written before it is out.
 *
 * <p>The image logs a line per journal entry, and writing each line to {@code docker logs} with a
 * system call of its own, under the journal's lock, cost about as much CPU as receiving the frame
 * did. Here a burst of lines costs one system call, and the journal's lock does not wait for it
 * unless a reader of the output has stalled with {@link #MAX_WAITING} bytes waiting. When lines
 * come one at a time, each is written as soon as the thread wakes.
 */
public final class BatchedOutput extends OutputStream {
  /**
   * Bytes waiting to be written beyond which writers wait, so a stalled reader cannot take all the
   * memory.
   */
  static final int MAX_WAITING = 1 << 20;

  private final OutputStream target;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition somethingToWrite = lock.newCondition();
  private final Condition progress = lock.newCondition();

  /** Bytes accepted and not yet handed to the writing thread. */
  private byte[] waiting = new byte[8192];

  private int waitingSize;

  /** Counts of bytes accepted, and of bytes the thread has written (or dropped after a failure). */
  private long accepted;

  private long done;
  private Thread writer;
  private boolean writerIdle;
  private IOException failure;

  /** Writes to {@code target}, which is flushed after every write; never closes it. */
  public BatchedOutput(OutputStream target) {
    this.target = target;
  }

  /**
   * Makes {@link System#out} a print stream over a {@code BatchedOutput} of file descriptor 1, with
   * the charset the JVM chose for standard output, and returns it. Everything printed through
   * {@code System.out} from then on (the mock's log, Jetty's, the ready line) keeps its order.
   */
  public static PrintStream installAsStandardOutput() {
    PrintStream batched =
        new PrintStream(
            new BatchedOutput(new FileOutputStream(FileDescriptor.out)),
            false,
            standardOutputCharset());
    System.setOut(batched);
    return batched;
  }

  /**
   * {@code System.out}'s charset: named by {@code stdout.encoding} from Java 19, guessed before.
   */
  private static Charset standardOutputCharset() {
    String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    return name == null ? Charset.defaultCharset() : Charset.forName(name);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    lock.lock();
    try {
      // One write larger than the bound is taken whole once nothing else waits.
      while (failure == null && waitingSize > 0 && waitingSize + length > MAX_WAITING) {
        progress.awaitUninterruptibly();
      }
      if (failure != null) {
        throw failure;
      }
      if (waitingSize + length > waiting.length) {
        waiting = Arrays.copyOf(waiting, Math.max(waiting.length * 2, waitingSize + length));
      }
      System.arraycopy(bytes, offset, waiting, waitingSize, length);
      waitingSize += length;
      accepted += length;
      if (writer == null) {
        writer = new Thread(this::writeAsTheyCome, "mock-stdout");
        writer.setDaemon(true);
        writer.start();
      } else if (writerIdle) {
        writerIdle = false;
        somethingToWrite.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits until every byte written before this call is written to the stream beneath. */
  @Override
  public void flush() throws IOException {
    lock.lock();
    try {
      long goal = accepted;
      while (done < goal) {
        progress.awaitUninterruptibly();
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      lock.unlock();
    }
  }

  private void writeAsTheyCome() {
    byte[] batch = new byte[waiting.length];
    while (true) {
      int size;
      lock.lock();
      try {
        while (waitingSize == 0) {
          writerIdle = true;
          somethingToWrite.awaitUninterruptibly();
        }
        writerIdle = false;
        byte[] full = waiting;
        waiting = batch.length >= full.length ? batch : new byte[full.length];
        batch = full;
        size = waitingSize;
        waitingSize = 0;
        progress.signalAll();
      } finally {
        lock.unlock();
      }
      IOException failed = writeOut(batch, size);
      lock.lock();
      try {
        done += size;
        if (failed != null && failure == null) {
          failure = failed;
        }
        progress.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private IOException writeOut(byte[] batch, int size) {
    try {
      target.write(batch, 0, size);
      target.flush();
      return null;
    } catch (IOException e) {
      return e;
    }
  }
}
