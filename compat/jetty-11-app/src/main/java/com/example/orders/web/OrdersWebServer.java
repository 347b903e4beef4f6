package com.example.orders.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.Jetty;

/** The Orders service's own HTTP front, served by the Jetty 11 this application depends on. */
public final class OrdersWebServer implements AutoCloseable {
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  private OrdersWebServer() throws Exception {
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(
        new AbstractHandler() {
          @Override
          public void handle(
              String target,
              Request baseRequest,
              HttpServletRequest request,
              HttpServletResponse response)
              throws IOException {
            response.getWriter().print("orders: up on Jetty " + Jetty.VERSION);
            baseRequest.setHandled(true);
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
