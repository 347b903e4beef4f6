package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.mockpayments.client.Match;
import org.mockpayments.testsupport.TestSocket;

/** The JUnit 5 extension, run through JUnit itself on example classes. */
@Timeout(60)
class MockPaymentsServerExtensionTest {
  static final List<Integer> PORTS = new ArrayList<>();
  static final List<Integer> CONNECTIONS_SEEN = new ArrayList<>();

  @Test
  void aStaticExtensionSharesOneServerAndResetsItBeforeEachTest() {
    PORTS.clear();
    CONNECTIONS_SEEN.clear();
    Events tests = run(SharedServer.class);

    tests.assertStatistics(stats -> stats.succeeded(2).failed(0));
    assertThat(PORTS).as("one server for the class").hasSize(2).containsOnly(PORTS.get(0));
    assertThat(CONNECTIONS_SEEN)
        .as("the first test's connection was closed and forgotten")
        .containsExactly(1, 1);
  }

  @Test
  void anInstanceExtensionGivesEachTestAFreshServer() {
    PORTS.clear();
    run(FreshServers.class).assertStatistics(stats -> stats.succeeded(2));
    assertThat(PORTS).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aFailedTestGetsWhatHappenedOnTheMockInItsReport() {
    Events tests = run(FailingTest.class);

    tests.assertStatistics(stats -> stats.failed(1));
    List<String> transcripts =
        tests.reportingEntryPublished().stream()
            .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
            .map(pairs -> pairs.get("mock-payments transcript"))
            .toList();
    assertThat(transcripts)
        .singleElement()
        .satisfies(
            transcript ->
                assertThat(transcript)
                    .contains("c1 opened /payments")
                    .contains("c1 in text the client said this"));
  }

  private static Events run(Class<?> example) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(example))
        .execute()
        .testEvents();
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SharedServer {
    @RegisterExtension
    static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

    @Test
    @Order(1)
    void first() {
      TestSocket.connect(payments.getWebSocketUrl("/payments"));
      payments.awaitConnection(Duration.ofSeconds(5));
      record();
    }

    @Test
    @Order(2)
    void second() {
      TestSocket.connect(payments.getWebSocketUrl("/payments"));
      payments.awaitConnection(Duration.ofSeconds(5));
      record();
    }

    private static void record() {
      PORTS.add(payments.server().webSocketPort());
      CONNECTIONS_SEEN.add(payments.connections().size());
    }
  }

  static class FreshServers {
    @RegisterExtension MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

    @Test
    void one() {
      PORTS.add(payments.server().controlPort());
    }

    @Test
    void two() {
      PORTS.add(payments.server().controlPort());
    }
  }

  static class FailingTest {
    @RegisterExtension
    static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

    @Test
    void failsAfterTheClientSpoke() {
      TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
      payments.awaitConnection(Duration.ofSeconds(5));
      client.send("the client said this");
      payments.awaitFrame(Match.equalTo("the client said this"), Duration.ofSeconds(5));
      throw new AssertionError("this example fails on purpose");
    }
  }
}
