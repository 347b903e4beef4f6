package org.mockpayments.bench;

import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPayments;

/** Our mock through its typed client: what a user's test calls. */
final class OurMock implements WebSocketMock {
  private final MockPayments payments;
  private final String webSocketBase;

  OurMock(MockPayments payments, String webSocketBase) {
    this.payments = payments;
    this.webSocketBase = webSocketBase;
  }

  @Override
  public String webSocketUrl(String path) {
    return webSocketBase + path;
  }

  @Override
  public void awaitConnections(int count) {
    payments.awaitConnections(count, CONNECTIONS_WAIT);
  }

  @Override
  public void push(String path, String text) {
    payments.broadcastText(text);
  }

  @Override
  public void awaitReceived(String text) {
    payments.awaitFrame(Match.equalTo(text), WAIT);
  }

  @Override
  public long countReceived(String prefix) {
    return payments.receivedFrames().stream()
        .filter(frame -> frame.type() == Frame.Type.TEXT && frame.text().startsWith(prefix))
        .count();
  }

  @Override
  public void forget() {
    payments.resetAndCloseConnections();
  }
}
