package org.mockpayments.server.internal;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to the handler of the port it came in on: WebSocket upgrades or the control
 * API.
 */
final class ByConnector extends Handler.Wrapper {
  private final ServerConnector webSocketConnector;
  private final Handler webSocketPort;

  ByConnector(ServerConnector webSocketConnector, Handler webSocketPort, Handler controlApi) {
    super(controlApi);
    this.webSocketConnector = webSocketConnector;
    this.webSocketPort = webSocketPort;
    addBean(webSocketPort);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (request.getConnectionMetaData().getConnector() == webSocketConnector) {
      return webSocketPort.handle(request, response, callback);
    }
    return super.handle(request, response, callback);
  }
}
