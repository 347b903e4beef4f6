package org.mockpayments.recipes;

import com.microsoft.signalr.HubConnection;
import com.microsoft.signalr.HubConnectionBuilder;
import com.microsoft.signalr.TransportEnum;
import java.util.concurrent.TimeUnit;

/** Microsoft's SignalR client, connected to the mock as the recipe page shows. */
final class SignalRClients {
  private SignalRClients() {}

  /**
   * A started hub connection to {@code url} (a {@code ws://} URL of the mock): WebSockets only,
   * with no {@code POST /negotiate} first, and a server timeout that outlasts the recipe's 15 s
   * pings.
   */
  static HubConnection connect(String url) {
    // signalr-connect-begin
    HubConnection hub =
        HubConnectionBuilder.create(url.replaceFirst("^ws", "http"))
            .withTransport(TransportEnum.WEBSOCKETS)
            .shouldSkipNegotiate(true)
            .build();
    hub.setServerTimeout(20_000);
    if (!hub.start().blockingAwait(5, TimeUnit.SECONDS)) {
      throw new AssertionError("The hub connection did not start within 5 s");
    }
    // signalr-connect-end
    return hub;
  }
}
