package org.mockpayments.server.internal.scripting;

import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.journal.Handshake;

/** A connection as stubs see it: what they fit on, and what they reply to. */
public interface Recipient {
  String id();

  Handshake handshake();

  String scenarioState();

  void scenarioState(String state);

  /**
   * Sends a text, binary or close frame that answers the journal entry {@code causeSeq}; it is not
   * sent if a reset clears that entry first.
   *
   * @throws ApiException when the connection refuses it (closed, closing)
   */
  void reply(Payload payload, long causeSeq);

  /** Ends the TCP connection with no close handshake. */
  void drop();
}
