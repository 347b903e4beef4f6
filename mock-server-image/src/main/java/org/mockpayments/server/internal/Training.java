package org.mockpayments.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.server.internal.console.BatchedOutput;

/**
 * Run once while the image is built: starts the server as the image does, walks the paths every
 * test takes (health, a stub, a WebSocket upgrade and a frame), and stops, so that the AOT cache
 * holds the classes a real start-up loads and links. Plain sockets keep the JDK's HTTP client out
 * of the cache.
 */
public final class Training {
  private Training() {}

  /**
   * Exits non-zero if any step fails, which fails the image build, and exits 0 otherwise: never
   * waiting on Jetty's threads, which under qemu-aarch64-static (the arm64 image's training) stay
   * blocked in accept after the server stops.
   */
  public static void main(String[] args) {
    PrintStream out = BatchedOutput.installAsStandardOutput();
    try {
      train(out);
    } catch (Throwable failure) {
      out.flush();
      failure.printStackTrace();
      System.exit(1);
    }
    out.flush();
    System.exit(0);
  }

  private static void train(PrintStream log) throws IOException {
    // The image's own path: settings read from the environment, the ready line printed.
    ServerSettings settings =
        ServerSettings.fromEnvironment(Map.of("MOCK_WS_PORT", "0", "MOCK_CONTROL_PORT", "0"));
    try (MockPaymentsServer server = MockPaymentsServer.start(settings, log)) {
      log.println(ReadyLine.of(settings, server.webSocketPort(), server.controlPort()));
      int control = server.controlPort();
      exchange(control, "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      String stub =
          "{\"on\":\"message\",\"match\":{\"jsonSubset\":{\"a\":1}},\"reply\":[{\"json\":{\"b\":2}}]}";
      exchange(
          control,
          "POST /stubs HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: "
              + stub.length()
              + "\r\n\r\n"
              + stub);
      try (Socket socket = new Socket("localhost", server.webSocketPort())) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("GET /training HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Upgrade: websocket\r\n"
                    + "Connection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(maskedTextFrame("{\"a\":1}"));
        out.flush();
        readUntil(socket.getInputStream(), "\"b\":2");
      }
      exchange(control, "GET /frames HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }
  }

  private static void exchange(int port, String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!response.startsWith("HTTP/1.1 2")) {
        throw new IOException("training request failed: " + response);
      }
    }
  }

  private static byte[] maskedTextFrame(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    byte[] mask = {1, 2, 3, 4};
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x81);
    frame.write(0x80 | payload.length);
    frame.writeBytes(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.write(payload[i] ^ mask[i % 4]);
    }
    return frame.toByteArray();
  }

  private static void readUntil(InputStream in, String marker) throws IOException {
    StringBuilder seen = new StringBuilder();
    int next;
    while ((next = in.read()) >= 0) {
      seen.append((char) next);
      if (seen.indexOf(marker) >= 0) {
        return;
      }
    }
    throw new IOException("training: the stub's reply never came; saw " + seen);
  }
}
