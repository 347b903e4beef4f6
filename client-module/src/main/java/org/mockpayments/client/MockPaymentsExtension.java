package org.mockpayments.client;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension for tests against the mock: when a test fails, it prints what happened on the
 * mock during that test (connections, frames in both directions, closes, refused upgrades, in
 * order) to the test report; it fails a test whose client broke the AsyncAPI document the mock
 * plays, naming each violation ({@link #allowingContractViolations()} turns that off); and it can
 * reset the mock before each test.
 *
 * <pre>{@code
 * @Container static MockPaymentsContainer payments = new MockPaymentsContainer();
 * @RegisterExtension static MockPaymentsExtension mock = MockPaymentsExtension.of(payments).resettingBeforeEachTest();
 * }</pre>
 *
 * <p>The transcript goes to the report as an entry named {@code mock-payments transcript} and to
 * standard output, where build tools keep it next to the failure. A test's start is marked by the
 * server's own event count ({@link MockPaymentsClient#lastSeq()}), not by a clock, so a container
 * whose clock differs from the host's, or a reset made elsewhere, cannot shift it.
 */
public final class MockPaymentsExtension implements BeforeEachCallback, AfterTestExecutionCallback {
  private static final int MAX_CHARS = 30_000;
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MockPaymentsExtension.class);

  private final MockPayments payments;
  private final boolean reset;
  private final boolean failOnContractViolations;

  private MockPaymentsExtension(
      MockPayments payments, boolean reset, boolean failOnContractViolations) {
    this.payments = payments;
    this.reset = reset;
    this.failOnContractViolations = failOnContractViolations;
  }

  /** The extension for {@code payments}: a container, an embedded server or a client. */
  public static MockPaymentsExtension of(MockPayments payments) {
    return new MockPaymentsExtension(payments, false, true);
  }

  /**
   * The same extension, also calling {@link MockPayments#resetAndCloseConnections()} before each
   * test.
   */
  public MockPaymentsExtension resettingBeforeEachTest() {
    return new MockPaymentsExtension(payments, true, failOnContractViolations);
  }

  /**
   * The same extension, letting a test pass although its client broke the AsyncAPI document, as a
   * test of how the client copes with a server that refuses what it sends may want.
   */
  public MockPaymentsExtension allowingContractViolations() {
    return new MockPaymentsExtension(payments, reset, false);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (reset) {
      payments.resetAndCloseConnections();
    }
    context.getStore(NAMESPACE).put(context.getUniqueId(), payments.client().lastSeq());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Long startedAfter = context.getStore(NAMESPACE).get(context.getUniqueId(), Long.class);
    if (context.getExecutionException().isPresent()) {
      publishTranscript(context, startedAfter);
      return;
    }
    if (failOnContractViolations) {
      List<ContractViolation> found =
          payments.client().contractViolationsSince(startedAfter == null ? 0 : startedAfter);
      if (found.stream().anyMatch(ContractViolation::isError)) {
        publishTranscript(context, startedAfter);
        ContractViolations.assertNone(found, "during this test");
      }
    }
  }

  private void publishTranscript(ExtensionContext context, Long startedAfter) {
    String transcript;
    try {
      transcript =
          readable(payments.client().transcriptSince(startedAfter == null ? 0 : startedAfter));
    } catch (RuntimeException e) {
      transcript = "(no transcript: " + e.getMessage() + ")";
    }
    context.publishReportEntry("mock-payments transcript", transcript);
    System.out.println(
        "mock-payments transcript of " + context.getDisplayName() + ":\n" + transcript);
  }

  /** One line per event, as a person reads a conversation. */
  static String readable(String jsonLines) {
    List<String> lines = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject event = JsonParser.parseString(line).getAsJsonObject();
      JsonObject data = event.getAsJsonObject("data");
      String time = event.get("at").getAsString().substring(11, 23);
      lines.add(
          time
              + "  "
              + switch (event.get("kind").getAsString()) {
                case "open" ->
                    data.get("id").getAsString()
                        + " opened "
                        + data.get("path").getAsString()
                        + (data.get("query").isJsonNull()
                            ? ""
                            : "?" + data.get("query").getAsString());
                case "closed" ->
                    data.get("id").getAsString()
                        + " closed "
                        + data.get("closeCode")
                        + (data.get("closeReason").isJsonNull()
                                || data.get("closeReason").getAsString().isEmpty()
                            ? ""
                            : " " + data.get("closeReason").getAsString());
                case "rejected" ->
                    "upgrade on "
                        + data.get("path").getAsString()
                        + " refused with "
                        + data.get("status");
                case "handler-error" ->
                    data.get("connection").getAsString()
                        + " the Java handler of stub "
                        + data.get("stub").getAsString()
                        + " failed answering #"
                        + data.get("cause")
                        + ": "
                        + data.get("error").getAsString();
                default -> Wire.frame(data).toString();
              });
      if (data.has("contract")) {
        JsonObject violation = data.getAsJsonObject("contract");
        lines.add(
            "              contract "
                + violation.get("severity").getAsString()
                + ": "
                + violation.get("message").getAsString());
      }
    }
    String text =
        lines.isEmpty()
            ? "(nothing happened on the mock during this test)"
            : String.join("\n", lines);
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "\n..." : text;
  }
}
