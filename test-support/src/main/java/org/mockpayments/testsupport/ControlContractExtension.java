package org.mockpayments.testsupport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every answer the Java client receives against the control API's OpenAPI document, in every
 * test of this project that uses test-support: the client logs each exchange at DEBUG on {@code
 * org.mockpayments.client}, and this extension listens there. A test during which an answer broke
 * the contract fails, naming it. Registered through JUnit's extension auto-detection.
 */
public final class ControlContractExtension implements BeforeAllCallback, AfterEachCallback {
  /** Held so that the logger, and the handler on it, live as long as the tests. */
  private static final Logger CLIENT_LOG = Logger.getLogger("org.mockpayments.client");

  private static final List<String> VIOLATIONS = new ArrayList<>();
  private static final AtomicLong CHECKED = new AtomicLong();
  private static boolean installed;

  /** How many answers of the Java client have been checked in this JVM. */
  public static long checkedAnswers() {
    return CHECKED.get();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (ControlContractExtension.class) {
      if (!installed) {
        CLIENT_LOG.setLevel(Level.FINE);
        CLIENT_LOG.setUseParentHandlers(false);
        CLIENT_LOG.addHandler(new Checker());
        installed = true;
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> found;
    synchronized (VIOLATIONS) {
      found = new ArrayList<>(VIOLATIONS);
      VIOLATIONS.clear();
    }
    if (!found.isEmpty()) {
      throw new AssertionError(
          "Control answers that break the OpenAPI document (docs/openapi.json):\n"
              + String.join("\n", found));
    }
  }

  /** The client's exchange log: method, URI, status, body and content type as parameters. */
  private static final class Checker extends Handler {
    @Override
    public void publish(LogRecord record) {
      Object[] exchange = record.getParameters();
      if (exchange == null || exchange.length < 5) {
        return;
      }
      CHECKED.incrementAndGet();
      String violation =
          ControlContract.get()
              .violation(
                  String.valueOf(exchange[0]),
                  (URI) exchange[1],
                  (Integer) exchange[2],
                  String.valueOf(exchange[4]),
                  String.valueOf(exchange[3]));
      if (violation != null) {
        synchronized (VIOLATIONS) {
          VIOLATIONS.add(violation);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
