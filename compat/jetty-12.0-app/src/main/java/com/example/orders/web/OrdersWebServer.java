package com.example.orders.web;

import java.net.URI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Jetty;

/** The Orders service's own HTTP front, served by the Jetty 12.0 this application depends on. */
public final class OrdersWebServer implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  private OrdersWebServer() throws Exception {
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            Content.Sink.write(response, true, "orders: up on Jetty " + Jetty.VERSION, callback);
            return true;
          }
        });
    server.start();
  }

  /** Starts the front on a free port of the loopback address. */
  public static OrdersWebServer start() throws Exception {
    return new OrdersWebServer();
  }

  /** Where the front answers. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  /** The version of the Jetty that serves it: the application's own. */
  public static String jettyVersion() {
    return Jetty.VERSION;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
