package org.mockpayments.server.internal.scripting;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.template.Context;

/**
 * The replies of one firing of a stub, played in order with their delays, then the rounds of its
 * repeat, until they are done or cancelled. Each reply is performed under this object's monitor,
 * and so is cancelling: once {@link #cancel()} returns, no further reply of this firing is sent.
 */
public final class Playback {
  final String stubId;
  final Recipient connection;
  private final RepeatRule repeat;
  private final PayloadMatcher until;
  private final long pauseMs;

  /** The seq of what fired the stub: a reply to something a reset cleared is never sent. */
  private final long causeSeq;

  private final ScheduledExecutorService scheduler;
  private final Consumer<String> log;
  private final Consumer<Playback> onEnd;
  private List<ReplyStep> replies;
  private Context context;
  private int round;
  private ScheduledFuture<?> next;
  private boolean cancelled;

  Playback(
      StubRule stub,
      Recipient connection,
      Context context,
      long causeSeq,
      ScheduledExecutorService scheduler,
      Consumer<String> log,
      Consumer<Playback> onEnd) {
    this.stubId = stub.id;
    this.connection = connection;
    this.replies = stub.replies;
    this.repeat = stub.repeat;
    this.context = context;
    this.causeSeq = causeSeq;
    this.scheduler = scheduler;
    this.log = log;
    this.onEnd = onEnd;
    this.pauseMs = repeat == null ? 0 : repeat.pauseMs(context);
    if (pauseMs < 0) {
      log.accept(
          "stub "
              + stubId
              + " on "
              + connection.id()
              + ": 'everyMs' of its repeat rendered to no"
              + " pause from 0 to 86400000 ms, so it does not repeat");
    }
    this.until = repeat == null ? null : repeat.until(context);
  }

  /** Plays the first reply now or after its delay. */
  void start() {
    play(0, false);
  }

  /** Whether {@code payload} arriving on its connection ends the repeat ({@code until}). */
  boolean endsOn(Payload payload) {
    return until != null && until.test(payload);
  }

  /** Stops the replies not yet sent. */
  synchronized void cancel() {
    cancelled = true;
    if (next != null) {
      next.cancel(false);
    }
  }

  /** Plays reply {@code index} (its delay {@code waited} already) and those after it. */
  private void play(int index, boolean waited) {
    int current = index;
    boolean delayed = waited;
    while (true) {
      synchronized (this) {
        if (cancelled) {
          break;
        }
        if (current >= replies.size()) {
          if (scheduleRound()) {
            return;
          }
          break;
        }
        ReplyStep reply = replies.get(current);
        if (reply.delayMs() > 0 && !delayed) {
          int due = current;
          next = scheduler.schedule(() -> play(due, true), reply.delayMs(), TimeUnit.MILLISECONDS);
          return;
        }
        if (!perform(reply)) {
          break;
        }
      }
      current++;
      delayed = false;
    }
    onEnd.accept(this);
  }

  /** Schedules the next round of the repeat; false when there is none. */
  private boolean scheduleRound() {
    if (repeat == null || pauseMs <= 0 || (repeat.times() != null && round >= repeat.times())) {
      return false;
    }
    next = scheduler.schedule(this::beginRound, pauseMs, TimeUnit.MILLISECONDS);
    return true;
  }

  private void beginRound() {
    synchronized (this) {
      if (cancelled) {
        return;
      }
      if (repeat.whileState() != null && !repeat.whileState().equals(connection.scenarioState())) {
        cancelled = true;
      } else {
        round++;
        replies = repeat.replies();
        context = context.inRound(round);
      }
    }
    if (cancelled) {
      onEnd.accept(this);
    } else {
      play(0, false);
    }
  }

  /** Performs one reply; false when the connection refused it and the rest must not be played. */
  private boolean perform(ReplyStep reply) {
    try {
      if (reply.kind() == ReplyStep.Kind.DROP) {
        connection.drop();
        return true;
      }
      Payload payload = reply.render(context);
      if (payload != null) {
        connection.reply(payload, causeSeq);
      }
      return true;
    } catch (ApiException e) {
      log.accept(
          "stub " + stubId + " could not reply on " + connection.id() + ": " + e.getMessage());
      return false;
    }
  }
}
