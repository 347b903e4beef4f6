package org.mockpayments.server.internal.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The order of one connection's traffic while it is not flowing freely: writes asked for before the
 * session opened, while frozen, or under simulated latency wait here and go out in the order they
 * were asked for; frames read while frozen are held and handled on release, and so is the demand
 * for the next frame.
 *
 * <p>Every write runs under this object's monitor, so writes of one connection never overlap:
 * whatever a write does first (journal it) and then (hand it to Jetty) happens in one piece.
 */
public final class FreezeValve {
  private final ScheduledExecutorService scheduler;
  private final List<Runnable> deferredWrites = new ArrayList<>();
  private final List<Runnable> heldReads = new ArrayList<>();
  private Runnable pendingDemand;
  private boolean attached;
  private boolean frozen;
  private long latencyMs;

  FreezeValve(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /** The session has opened: writes asked for until now go out, in order. */
  synchronized void attach() {
    attached = true;
    flush();
  }

  /** Runs {@code write} now, after the latency, or once the connection flows again. */
  synchronized void write(Runnable write) {
    if (!attached || frozen) {
      deferredWrites.add(write);
    } else if (latencyMs > 0) {
      // Equal delays keep the order: the scheduler runs tasks due at the same time first come,
      // first served.
      scheduler.schedule(() -> writeUnlessFrozen(write), latencyMs, TimeUnit.MILLISECONDS);
    } else {
      write.run();
    }
  }

  private synchronized void writeUnlessFrozen(Runnable write) {
    if (frozen) {
      deferredWrites.add(write);
    } else {
      write.run();
    }
  }

  /** Delays every later write by {@code millis}, as a slow network would; 0 turns it off. */
  synchronized void latency(long millis) {
    latencyMs = millis;
  }

  /** Stops writing and handling reads, keeping the connection open, until {@link #release}. */
  synchronized void freeze() {
    frozen = true;
  }

  synchronized boolean isFrozen() {
    return frozen;
  }

  /**
   * Flows again: deferred writes go out in order, then held reads are handled and the pending
   * demand for the next frame is made, outside this monitor.
   */
  void release() {
    List<Runnable> held;
    Runnable demand;
    synchronized (this) {
      frozen = false;
      if (attached) {
        flush();
      }
      held = new ArrayList<>(heldReads);
      heldReads.clear();
      demand = pendingDemand;
      pendingDemand = null;
    }
    held.forEach(Runnable::run);
    if (demand != null) {
      demand.run();
    }
  }

  /**
   * Ends the connection at once, frozen or not: {@code cut} runs now, or as soon as the session
   * opens.
   */
  synchronized void cut(Runnable cut) {
    frozen = false;
    if (attached) {
      cut.run();
    } else {
      deferredWrites.add(cut);
    }
  }

  /** Handles a frame read from the client now, or on release when frozen. */
  void read(Runnable handling) {
    synchronized (this) {
      if (frozen) {
        heldReads.add(handling);
        return;
      }
    }
    handling.run();
  }

  /** Asks for the next frame now, or on release when frozen. */
  synchronized void demand(Runnable demand) {
    if (frozen) {
      pendingDemand = demand;
    } else {
      demand.run();
    }
  }

  private void flush() {
    List<Runnable> queued = new ArrayList<>(deferredWrites);
    deferredWrites.clear();
    queued.forEach(Runnable::run);
  }
}
