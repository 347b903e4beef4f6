package org.mockpayments.server.internal.scripting;

import org.mockpayments.server.internal.frames.FrameView;

/** What a stub added from Java does when it fires, in place of replies: a test's own handler. */
@FunctionalInterface
public interface StubAction {
  /**
   * Answers {@code message}, brought by the journal entry {@code causeSeq}, on {@code connection};
   * the stub is {@code stubId}.
   */
  void perform(String stubId, FrameView message, Recipient connection, long causeSeq);
}
