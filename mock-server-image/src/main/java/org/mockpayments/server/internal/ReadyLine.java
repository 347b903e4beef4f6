package org.mockpayments.server.internal;

import org.mockpayments.server.ServerSettings;

/**
 * The line the image prints once it accepts connections, which container wait strategies look for.
 */
public final class ReadyLine {
  private ReadyLine() {}

  /**
   * The ready line for a server started with these settings on these ports.
   *
   * @param settings the settings the server started with
   * @param webSocketPort the port it accepts WebSocket upgrades on
   * @param controlPort the port of its control API
   * @return the line, without a line end
   */
  public static String of(ServerSettings settings, int webSocketPort, int controlPort) {
    return "mock-payments-server ready: WebSocket"
        + (settings.tls().enabled() ? " (TLS)" : "")
        + " on port "
        + webSocketPort
        + ", control API on port "
        + controlPort
        + (settings.stubsFile() == null ? "" : ", stubs from " + settings.stubsFile())
        + (settings.controlToken() == null ? "" : ", control token required");
  }
}
