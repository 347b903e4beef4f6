package org.mockpayments.server.internal.websocket;

import java.io.IOException;
import java.net.StandardSocketOptions;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Ends a TCP connection with a reset (RST) instead of a FIN, as a crashed peer or a middlebox
 * would.
 */
final class TcpReset {
  private TcpReset() {}

  /**
   * Closes {@code endPoint}'s socket with SO_LINGER 0, under any TLS or WebSocket layers around it.
   */
  static void reset(EndPoint endPoint) {
    EndPoint raw = endPoint;
    while (raw instanceof EndPoint.Wrapper wrapper) {
      raw = wrapper.unwrap();
    }
    if (raw instanceof SocketChannelEndPoint socket) {
      try {
        socket.getChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
      } catch (IOException e) {
        // Closing below still ends the connection, with a FIN instead of a RST.
      }
    }
    raw.close();
  }
}
