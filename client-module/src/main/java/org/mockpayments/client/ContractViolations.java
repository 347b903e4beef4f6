package org.mockpayments.client;

import java.util.List;

/** The failure a test gets when its client broke the AsyncAPI contract. */
final class ContractViolations {
  private ContractViolations() {}

  /**
   * Throws an {@link AssertionError} listing the client's violations among {@code found}, if any;
   * {@code when} says over what time ("so far", "during this test").
   */
  static void assertNone(List<ContractViolation> found, String when) {
    List<ContractViolation> errors = found.stream().filter(ContractViolation::isError).toList();
    if (errors.isEmpty()) {
      return;
    }
    StringBuilder text =
        new StringBuilder("The client broke the AsyncAPI contract ")
            .append(when)
            .append(", ")
            .append(errors.size() == 1 ? "once" : errors.size() + " times")
            .append(':');
    errors.forEach(violation -> text.append("\n  - ").append(violation.message()));
    long warnings = found.size() - errors.size();
    if (warnings > 0) {
      text.append("\n(and ")
          .append(warnings)
          .append(" warning(s) about frames the mock sent; see contractViolations())");
    }
    throw new AssertionError(text.toString());
  }
}
