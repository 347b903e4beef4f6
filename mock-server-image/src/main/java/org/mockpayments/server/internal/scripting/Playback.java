package org.mockpayments.server.internal.scripting;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.ApiException;

/**
 * The replies of one firing of a stub, played in order with their delays until they are done or
 * cancelled. Each reply is performed under this object's monitor, and so is cancelling: once {@link
 * #cancel()} returns, no further reply of this firing is sent.
 */
public final class Playback {
  final String stubId;
  final Recipient connection;
  private final List<ReplyStep> replies;
  private final Template.Context context;

  /** The seq of what fired the stub: a reply to something a reset cleared is never sent. */
  private final long causeSeq;

  private final ScheduledExecutorService scheduler;
  private final Consumer<String> log;
  private final Consumer<Playback> onEnd;
  private ScheduledFuture<?> next;
  private boolean cancelled;

  Playback(
      String stubId,
      Recipient connection,
      List<ReplyStep> replies,
      Template.Context context,
      long causeSeq,
      ScheduledExecutorService scheduler,
      Consumer<String> log,
      Consumer<Playback> onEnd) {
    this.causeSeq = causeSeq;
    this.stubId = stubId;
    this.connection = connection;
    this.replies = replies;
    this.context = context;
    this.scheduler = scheduler;
    this.log = log;
    this.onEnd = onEnd;
  }

  /** Plays the first reply now or after its delay. */
  void start() {
    play(0, false);
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
        if (cancelled || current >= replies.size()) {
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

  /** Performs one reply; false when the connection refused it and the rest must not be played. */
  private boolean perform(ReplyStep reply) {
    try {
      switch (reply.kind()) {
        case TEXT -> connection.reply(new Payload.Text(reply.renderText(context)), causeSeq);
        case BINARY -> connection.reply(new Payload.Binary(reply.bytes()), causeSeq);
        case CLOSE ->
            connection.reply(new Payload.Close(reply.closeCode(), reply.closeReason()), causeSeq);
        case DROP -> connection.drop();
      }
      return true;
    } catch (ApiException e) {
      log.accept(
          "stub " + stubId + " could not reply on " + connection.id() + ": " + e.getMessage());
      return false;
    }
  }
}
