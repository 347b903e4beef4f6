package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.framing.Framing;
import org.mockpayments.server.internal.journal.Handshake;

/** A connection as stubs see it: what they fit on, what they remember, and what they reply to. */
public interface Recipient {
  String id();

  Handshake handshake();

  String scenarioState();

  void scenarioState(String state);

  /** The value remembered as {@code name} on this connection, or null. */
  JsonElement variable(String name);

  /** Remembers {@code value} as {@code name} for the rest of this connection. */
  void remember(String name, JsonElement value);

  /**
   * Sends a text, binary or close frame that answers the journal entry {@code causeSeq}; it is not
   * sent if a reset clears that entry first.
   *
   * @throws org.mockpayments.server.internal.json.ApiException when the connection refuses it
   *     (closed, closing)
   */
  void reply(Payload payload, long causeSeq);

  /** Cuts the frames that arrive from now on into messages as {@code framing} says. */
  void framing(Framing framing);

  /**
   * Journals that the Java handler of stub {@code stubId} failed with {@code error} while it
   * answered the entry {@code causeSeq}; nothing is journaled if a reset has cleared that entry.
   */
  void handlerFailed(String stubId, long causeSeq, String error);

  /** Ends the TCP connection with no close handshake. */
  void drop();
}
