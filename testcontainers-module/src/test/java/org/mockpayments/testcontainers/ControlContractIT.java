package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.ControlContractExtension;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Every answer the typed client receives in these tests is checked against the OpenAPI document.
 */
@Testcontainers
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ControlContractIT {
  @Container static MockPaymentsContainer payments = new MockPaymentsContainer();

  @Test
  void theClientsAnswersReachTheContractCheck() {
    long before = ControlContractExtension.checkedAnswers();
    payments.connections();
    payments.stubs();
    payments.frames();
    assertThat(ControlContractExtension.checkedAnswers() - before)
        .as("answers checked")
        .isGreaterThanOrEqualTo(3);
  }
}
