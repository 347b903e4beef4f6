package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a buggy client sends on the WebSocket port: too-big messages, bad UTF-8, broken frames, not
 * HTTP at all.
 */
class ProtocolFaultsTest extends EmbeddedServer {
  @Override
  ServerSettings settings() {
    return ServerSettings.builder().maxMessageBytes(1024).build();
  }

  @Test
  void messageOverTheLimitClosesWith1009() throws IOException {
    assertClosedWith(
        1009, socket -> socket.frame(0x1, "x".repeat(2048).getBytes(StandardCharsets.UTF_8), true));
  }

  @Test
  void invalidUtf8InATextFrameClosesWith1007() throws IOException {
    assertClosedWith(
        1007, socket -> socket.frame(0x1, new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28}, true));
  }

  @Test
  void unmaskedClientFrameClosesWith1002() throws IOException {
    assertClosedWith(
        1002, socket -> socket.frame(0x1, "hi".getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void reservedOpcodeClosesWith1002() throws IOException {
    assertClosedWith(1002, socket -> socket.frame(0x3, new byte[0], true));
  }

  @Test
  void garbageBytesGetAnErrorAndTheConnectionEndsWithoutHanging() throws IOException {
    try (RawSocket socket = new RawSocket(server.webSocketPort())) {
      socket.write(
          new byte[] {
            0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, 0x0d, 0x0a, 0x0d, 0x0a
          });
      assertThat(socket.readToEnd()).startsWith("HTTP/1.1 400");
    }
    assertThat(control.get("health").status()).isEqualTo(200);
  }

  private interface Fault {
    void send(RawSocket socket) throws IOException;
  }

  private void assertClosedWith(int code, Fault fault) throws IOException {
    try (RawSocket socket = new RawSocket(server.webSocketPort())) {
      assertThat(socket.upgrade("/payments")).isEqualTo("HTTP/1.1 101 Switching Protocols");
      fault.send(socket);
      assertThat(socket.awaitCloseCode()).as("the close frame the client gets").isEqualTo(code);
    }
    JsonObject connection = control.get("connections/c1/closed").json().getAsJsonObject();
    assertThat(connection.get("closeCode").getAsInt())
        .as("the connection's close code")
        .isEqualTo(code);
    JsonObject closeFrame = awaitFrame("{\"direction\":\"out\",\"type\":\"close\"}");
    assertThat(closeFrame.get("code").getAsInt()).as("the journaled close frame").isEqualTo(code);
  }
}
