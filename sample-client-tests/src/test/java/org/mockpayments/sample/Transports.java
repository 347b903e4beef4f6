package org.mockpayments.sample;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Both client implementations; the tests run against each without knowing which. */
final class Transports {
  private Transports() {}

  static Stream<Named<Supplier<WebSocketTransport>>> all() {
    return Stream.of(
        Named.of("JDK WebSocket", JdkWebSocketTransport::new),
        Named.of("Jetty WebSocket", JettyWebSocketTransport::new));
  }
}
