package org.mockpayments.server.internal.websocket;

import com.google.gson.JsonElement;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.framing.Framing;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.scripting.Recipient;

/**
 * A connection as its stubs see it: its handshake and scenario state, and the replies they send.
 */
final class StubRecipient implements Recipient {
  private final LiveConnection connection;

  StubRecipient(LiveConnection connection) {
    this.connection = connection;
  }

  @Override
  public String id() {
    return connection.id();
  }

  @Override
  public Handshake handshake() {
    return connection.handshake();
  }

  @Override
  public String scenarioState() {
    return connection.memory().scenarioState();
  }

  @Override
  public void scenarioState(String state) {
    connection.memory().scenarioState(state);
  }

  @Override
  public JsonElement variable(String name) {
    return connection.memory().variable(name);
  }

  @Override
  public void remember(String name, JsonElement value) {
    connection.memory().remember(name, value);
  }

  @Override
  public void reply(Payload payload, long causeSeq) {
    if (payload instanceof Payload.Text text) {
      connection.sendText(text.text(), causeSeq);
    } else if (payload instanceof Payload.Binary binary) {
      connection.sendBinary(binary.bytes(), causeSeq);
    } else if (payload instanceof Payload.Close close) {
      connection.close(close.code(), close.reason(), causeSeq);
    } else {
      throw new IllegalArgumentException(
          "A stub replies with text, binary or close, not " + payload.type());
    }
  }

  @Override
  public void framing(Framing framing) {
    connection.framing(framing);
  }

  @Override
  public void handlerFailed(String stubId, long causeSeq, String error) {
    connection.life().journalHandlerFailure(stubId, causeSeq, error);
  }

  @Override
  public void drop() {
    connection.drop();
  }
}
