package org.mockpayments.server;

import java.io.PrintStream;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.mockpayments.server.internal.ServerAssembly;

/**
 * The mock Payments server: accepts WebSocket connections on any path of one port and is driven
 * through a JSON control API on another.
 *
 * <p>The image runs {@link #main}. Tests of the server itself embed it on free ports:
 *
 * <pre>{@code
 * MockPaymentsServer server = MockPaymentsServer.start(ServerSettings.ephemeral(), System.out);
 * URI control = URI.create("http://localhost:" + server.controlPort());
 * ...
 * server.stop();
 * }</pre>
 *
 * <p>Thread safety: all methods may be called from any thread.
 */
public final class MockPaymentsServer implements AutoCloseable {
  private final Server jetty;

  private MockPaymentsServer(Server jetty) {
    this.jetty = jetty;
  }

  /**
   * Builds and starts a server; it logs connections and frames to {@code log}.
   *
   * @throws IllegalArgumentException if the settings' stubs file is missing or invalid
   * @throws IllegalStateException if a port cannot be bound
   */
  public static MockPaymentsServer start(ServerSettings settings, PrintStream log) {
    Server jetty = ServerAssembly.build(settings, log);
    try {
      jetty.start();
    } catch (Exception e) {
      try {
        jetty.stop();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IllegalStateException("The mock server could not start: " + e.getMessage(), e);
    }
    return new MockPaymentsServer(jetty);
  }

  /** The port WebSocket clients connect to. */
  public int webSocketPort() {
    return port(0);
  }

  /** The port of the control API. */
  public int controlPort() {
    return port(1);
  }

  /** Stops the server, closing every connection. */
  public void stop() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The mock server did not stop cleanly", e);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private int port(int connector) {
    return ((NetworkConnector) jetty.getConnectors()[connector]).getLocalPort();
  }

  /** Starts the server with settings from the environment and runs until the JVM is stopped. */
  public static void main(String[] args) throws InterruptedException {
    ServerSettings settings;
    MockPaymentsServer server;
    try {
      settings = ServerSettings.fromEnvironment(System.getenv());
      server = start(settings, System.out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("mock-payments-server: " + e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      // A stop asked for by SIGTERM (docker stop) is the normal end of the server: exit 0, not 143.
      Runtime.getRuntime().halt(0);
    }, "mock-payments-shutdown"));
    System.out.println("mock-payments-server ready: WebSocket" + (settings.tls().enabled() ? " (TLS)" : "")
        + " on port " + server.webSocketPort()
        + ", control API on port " + server.controlPort()
        + (settings.stubsFile() == null ? "" : ", stubs from " + settings.stubsFile())
        + (settings.controlToken() == null ? "" : ", control token required"));
    server.jetty.join();
  }
}
