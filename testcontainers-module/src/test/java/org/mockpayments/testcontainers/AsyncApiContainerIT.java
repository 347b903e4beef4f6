package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mockpayments.client.ContractViolation;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.testsupport.TestSocket;

/**
 * An AsyncAPI document given to the container, with its schemas in a file beside it: played from
 * start, kept across resets, and checked against every frame.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AsyncApiContainerIT {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void playsTheDocumentAndChecksTheClient() {
    try (MockPaymentsContainer payments =
        new MockPaymentsContainer().withAsyncApiFromClasspath("asyncapi/quotes/quotes.yaml")) {
      payments.start();
      payments.reset();
      assertThat(payments.stubs())
          .singleElement()
          .satisfies(
              stub -> assertThat(stub.definition()).contains("asyncapi operation requestQuote"));

      TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/quotes"));
      MockConnection conn = payments.awaitConnection(WAIT);
      client.send("{\"request_id\":\"r-7\",\"pair\":\"EUR/USD\"}");
      assertThat(client.nextText())
          .isEqualTo("{\"request_id\":\"r-7\",\"pair\":\"EUR/USD\",\"rate\":1.0842}");
      conn.sendMessage("rate");
      assertThat(client.nextText()).contains("GBP/USD");
      payments.assertNoContractViolations();

      client.send("{\"request_id\":\"r-8\",\"pair\":\"eur-usd\"}");
      payments.awaitFrame(Match.contains("r-8"), WAIT);
      assertThat(payments.contractViolations())
          .singleElement()
          .extracting(ContractViolation::errors)
          .asList()
          .containsExactly("/pair: \"eur-usd\" does not match the pattern ^[A-Z]{3}/[A-Z]{3}$");
    }
  }

  @Test
  void aDocumentTheMockCannotPlayFailsTheStartWithItsReason(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(
        file,
        "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nchannels:\n  a:\n    messages:\n"
            + "      m: {$ref: 'missing.yaml#/M'}\n");
    try (MockPaymentsContainer payments = new MockPaymentsContainer().withAsyncApi(file)) {
      assertThatThrownBy(payments::start)
          .satisfies(
              failure -> {
                Throwable root = failure;
                while (root.getCause() != null) {
                  root = root.getCause();
                }
                assertThat(root.getMessage())
                    .contains("stopped before /health answered")
                    .contains("The $ref 'missing.yaml#/M' at /channels/a/messages/m does not")
                    .contains("there is no readable file");
              });
    }
  }
}
