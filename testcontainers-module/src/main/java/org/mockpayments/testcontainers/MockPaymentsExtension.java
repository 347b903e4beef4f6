package org.mockpayments.testcontainers;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension for tests against the mock: when a test fails, it prints that test's
 * transcript (connections, frames in both directions, closes, refused upgrades, in order) to the
 * test report, and it can reset the mock before each test.
 *
 * <pre>{@code
 * @Container static MockPaymentsContainer payments = new MockPaymentsContainer();
 * @RegisterExtension static MockPaymentsExtension mock = MockPaymentsExtension.of(payments).resettingBeforeEachTest();
 * }</pre>
 *
 * <p>The transcript goes to the report as an entry named {@code mock-payments transcript} and to
 * standard output, where build tools keep it next to the failure.
 */
public final class MockPaymentsExtension implements BeforeEachCallback, AfterTestExecutionCallback {
  private static final int MAX_PAYLOAD = 300;

  private final Supplier<MockPayments> payments;
  private final boolean reset;
  private Instant testStarted = Instant.EPOCH;

  private MockPaymentsExtension(Supplier<MockPayments> payments, boolean reset) {
    this.payments = payments;
    this.reset = reset;
  }

  /** The extension for {@code payments}, a container or a client. */
  public static MockPaymentsExtension of(MockPayments payments) {
    return new MockPaymentsExtension(() -> payments, false);
  }

  /** The same extension, also calling {@link MockPayments#resetAndCloseConnections()} before each test. */
  public MockPaymentsExtension resettingBeforeEachTest() {
    return new MockPaymentsExtension(payments, true);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (reset) {
      payments.get().resetAndCloseConnections();
    }
    testStarted = Instant.now();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String transcript;
    try {
      transcript = readable(payments.get().transcript(), testStarted);
    } catch (RuntimeException e) {
      transcript = "(no transcript: " + e.getMessage() + ")";
    }
    context.publishReportEntry("mock-payments transcript", transcript);
    System.out.println("mock-payments transcript of " + context.getDisplayName() + ":\n" + transcript);
  }

  /** One line per event since {@code since}, as a person reads a conversation. */
  static String readable(String jsonLines, Instant since) {
    List<String> lines = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject event = JsonParser.parseString(line).getAsJsonObject();
      Instant at = Instant.parse(event.get("at").getAsString());
      if (at.isBefore(since)) {
        continue;
      }
      JsonObject data = event.getAsJsonObject("data");
      String time = at.toString().substring(11, 23);
      lines.add(time + "  " + switch (event.get("kind").getAsString()) {
        case "open" -> data.get("id").getAsString() + " opened " + data.get("path").getAsString()
            + (data.get("query").isJsonNull() ? "" : "?" + data.get("query").getAsString());
        case "closed" -> data.get("id").getAsString() + " closed " + data.get("closeCode") + " "
            + (data.get("closeReason").isJsonNull() ? "" : data.get("closeReason").getAsString());
        case "rejected" -> "upgrade on " + data.get("path").getAsString() + " refused with " + data.get("status");
        default -> Wire.frame(data).toString();
      });
    }
    String text = lines.isEmpty() ? "(nothing happened on the mock during this test)" : String.join("\n", lines);
    return text.length() > MAX_PAYLOAD * 100 ? text.substring(0, MAX_PAYLOAD * 100) + "\n..." : text;
  }
}
