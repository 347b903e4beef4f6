package org.mockpayments.server;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.testsupport.TypedClientSuite;

/**
 * Every method of the typed client against the embedded server, through both of its transports: the
 * client it hands out, which calls it in memory, and a client over HTTP to its control URL.
 */
@Timeout(60)
class TypedClientInProcessTest {
  private static final MockPaymentsServer SERVER = MockPaymentsServer.start();

  @AfterAll
  static void stop() {
    SERVER.stop();
  }

  @Nested
  class InMemory extends TypedClientSuite {
    @Override
    protected MockPayments payments() {
      return SERVER.client();
    }

    @Override
    protected URI webSocketUrl(String path) {
      return SERVER.getWebSocketUrl(path);
    }
  }

  @Nested
  class OverHttp extends TypedClientSuite {
    private final MockPayments http = new MockPaymentsClient(SERVER.getControlUrl());

    @Override
    protected MockPayments payments() {
      return http;
    }

    @Override
    protected URI webSocketUrl(String path) {
      return SERVER.getWebSocketUrl(path);
    }
  }
}
