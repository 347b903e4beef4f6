package org.mockpayments.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A hand-written WebSocket client for sending what a well-behaved library never would. */
final class RawSocket implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;

  RawSocket(int port) throws IOException {
    socket = new Socket("localhost", port);
    socket.setSoTimeout(5000);
    out = socket.getOutputStream();
    in = new DataInputStream(socket.getInputStream());
  }

  /** Performs the upgrade handshake on {@code path}; returns the status line. */
  String upgrade(String path) throws IOException {
    out.write(
        ("GET "
                + path
                + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    return readHead().split("\r\n")[0];
  }

  void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /**
   * A single final frame with the given opcode; masked as clients must, unless {@code masked} is
   * false.
   */
  void frame(int opcode, byte[] payload, boolean masked) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x80 | opcode);
    int maskBit = masked ? 0x80 : 0;
    if (payload.length < 126) {
      frame.write(maskBit | payload.length);
    } else {
      frame.write(maskBit | 126);
      frame.write(payload.length >> 8);
      frame.write(payload.length & 0xff);
    }
    byte[] mask = {7, 1, 3, 9};
    if (masked) {
      frame.writeBytes(mask);
    }
    for (int i = 0; i < payload.length; i++) {
      frame.write(masked ? payload[i] ^ mask[i % 4] : payload[i]);
    }
    write(frame.toByteArray());
  }

  /** Reads frames until a close frame arrives; returns its status code. */
  int awaitCloseCode() throws IOException {
    while (true) {
      int first = in.readUnsignedByte();
      int length = in.readUnsignedByte() & 0x7f;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = (int) in.readLong();
      }
      byte[] payload = in.readNBytes(length);
      if ((first & 0x0f) == 0x8) {
        return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
      }
    }
  }

  /** Everything until the server closes the connection (or the 5 s read timeout, which fails). */
  String readToEnd() throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private String readHead() throws IOException {
    StringBuilder head = new StringBuilder();
    InputStream raw = in;
    while (!head.toString().endsWith("\r\n\r\n")) {
      int next = raw.read();
      if (next < 0) {
        break;
      }
      head.append((char) next);
    }
    return head.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
