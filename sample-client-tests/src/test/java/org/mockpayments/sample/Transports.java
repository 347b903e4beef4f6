package org.mockpayments.sample;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Named;

/** Both client implementations; the tests run against each without knowing which. */
final class Transports {
  private Transports() {}

  /** Both implementations, built for {@code wss://} with a given SSL context. */
  static Stream<Named<Function<SSLContext, WebSocketTransport>>> allWithTls() {
    return Stream.of(
        Named.of("JDK WebSocket over TLS", JdkWebSocketTransport::new),
        Named.of("Jetty WebSocket over TLS", JettyWebSocketTransport::new));
  }

  static Stream<Named<Supplier<WebSocketTransport>>> all() {
    return Stream.of(
        Named.of("JDK WebSocket", JdkWebSocketTransport::new),
        Named.of("Jetty WebSocket", JettyWebSocketTransport::new));
  }
}
