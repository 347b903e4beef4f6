package org.mockpayments.server.internal.template;

import com.google.gson.JsonElement;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mockpayments.server.internal.frames.FrameView;
import org.mockpayments.server.internal.journal.Handshake;

/**
 * What placeholders can refer to when a stub fires.
 *
 * @param connectionId the connection's id
 * @param handshake its upgrade request
 * @param variables the values it remembered, by name (null when none)
 * @param frame the frame that fired the stub, or null for a connect
 * @param seq how often the stub has fired, this firing included
 * @param round the round of a repeat (1 for the first), or 0 outside one
 * @param item the element of a {@code $each} being rendered, or null outside one
 * @param onMissing told the name of each placeholder that has no value
 */
public record Context(
    String connectionId,
    Handshake handshake,
    Function<String, JsonElement> variables,
    FrameView frame,
    int seq,
    int round,
    JsonElement item,
    Consumer<String> onMissing) {

  /** The same context in round {@code round} of a repeat. */
  public Context inRound(int round) {
    return new Context(connectionId, handshake, variables, frame, seq, round, item, onMissing);
  }

  Context withItem(JsonElement item) {
    return new Context(connectionId, handshake, variables, frame, seq, round, item, onMissing);
  }
}
