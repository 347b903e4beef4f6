package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPaymentsExtension;
import org.mockpayments.testsupport.TestSocket;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Runs a small test class that fails on purpose, and checks what the extension reports. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Testcontainers
class MockPaymentsExtensionIT {
  @Container static MockPaymentsContainer payments = new MockPaymentsContainer();

  /** The example a user would write; run only through the test kit below. */
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Example {
    @RegisterExtension
    static MockPaymentsExtension mock =
        MockPaymentsExtension.of(payments).resettingBeforeEachTest();

    @Test
    @Order(1)
    void awaitsAFrameThatNeverComes() {
      TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/example?order=1"));
      payments.awaitConnection(Duration.ofSeconds(5)).sendText("pushed by the test");
      client.send("hello");
      payments.awaitFrame(Match.equalTo("goodbye"), Duration.ofMillis(300));
    }

    @Test
    @Order(2)
    void startsFromAResetMock() {
      assertThat(payments.frames()).isEmpty();
      assertThat(payments.connections()).isEmpty();
    }
  }

  @Test
  void aFailedTestGetsItsTranscriptAndEveryTestAFreshMock() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Example.class)).execute();
    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));

    List<String> transcripts =
        results.allEvents().reportingEntryPublished().stream()
            .map(event -> event.getRequiredPayload(ReportEntry.class))
            .flatMap(entry -> entry.getKeyValuePairs().values().stream())
            .toList();
    assertThat(transcripts).as("one transcript, for the failed test only").hasSize(1);
    assertThat(transcripts.get(0))
        .contains("c1 opened /example?order=1")
        .contains("c1 out text pushed by the test")
        .contains("c1 in text hello");
  }
}
