package org.mockpayments.server.internal.handler;

import org.mockpayments.server.handler.HandlerConnection;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.CloseRequest;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.scripting.Recipient;

/** The connection a Java handler answers on: its sends answer the message it handles. */
final class ReplyingConnection implements HandlerConnection {
  private final Recipient connection;
  private final long causeSeq;

  ReplyingConnection(Recipient connection, long causeSeq) {
    this.connection = connection;
    this.causeSeq = causeSeq;
  }

  @Override
  public String id() {
    return connection.id();
  }

  @Override
  public String path() {
    return connection.handshake().path();
  }

  @Override
  public String subprotocol() {
    return connection.handshake().subprotocol();
  }

  @Override
  public void sendText(String text) {
    send(new Payload.Text(text));
  }

  @Override
  public void sendBinary(byte[] bytes) {
    send(new Payload.Binary(Bytes.of(bytes)));
  }

  @Override
  public void close(int code, String reason) {
    CloseRequest close;
    try {
      close = CloseRequest.of(code, reason, "the handler's close");
    } catch (ApiException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    send(new Payload.Close(close.code(), close.reason()));
  }

  private void send(Payload payload) {
    try {
      connection.reply(payload, causeSeq);
    } catch (ApiException refused) {
      throw new IllegalStateException(
          "Connection " + connection.id() + " refused the frame: " + refused.getMessage(), refused);
    }
  }

  @Override
  public String toString() {
    return connection.id();
  }
}
