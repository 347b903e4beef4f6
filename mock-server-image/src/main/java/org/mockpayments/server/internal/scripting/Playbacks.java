package org.mockpayments.server.internal.scripting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.mockpayments.server.internal.frames.Payload;

/**
 * The stub replies still to be sent, so that removing a stub, closing a connection or resetting the
 * mock cancels them. (A reply whose cause a reset has cleared is also refused by the journal
 * itself, however late it comes: see {@code Journal.append(event, causeSeq)}.)
 */
public final class Playbacks {
  private final Set<Playback> running = new LinkedHashSet<>();

  void start(Playback playback) {
    synchronized (this) {
      running.add(playback);
    }
    playback.start();
  }

  synchronized void ended(Playback playback) {
    running.remove(playback);
  }

  /** Cancels the replies of stub {@code stubId}. */
  void cancelStub(String stubId) {
    cancel(playback -> playback.stubId.equals(stubId));
  }

  /** Cancels the replies to connection {@code connection}. */
  void cancelConnection(Recipient connection) {
    cancel(playback -> playback.connection == connection);
  }

  /** Ends the repeats on {@code connection} whose {@code until} fits {@code payload}. */
  void frameArrived(Recipient connection, Payload payload) {
    cancel(playback -> playback.connection == connection && playback.endsOn(payload));
  }

  /** Cancels every reply. */
  void cancelAll() {
    cancel(playback -> true);
  }

  /** Returns once no reply of a cancelled playback is being sent and none will be. */
  private void cancel(Predicate<Playback> which) {
    List<Playback> cancelled = new ArrayList<>();
    synchronized (this) {
      running.removeIf(playback -> which.test(playback) && cancelled.add(playback));
    }
    cancelled.forEach(Playback::cancel);
  }
}
