package org.mockpayments.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** How the container starts, waits, fails and stops, as users see it. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ContainerLifecycleIT {
  @Test
  void aMissingImageFailsFastWithTheSentenceThatFixesIt() {
    try (MockPaymentsContainer missing =
        new MockPaymentsContainer("mock-payments-server:no-such-tag")) {
      long start = System.nanoTime();
      assertThatThrownBy(missing::start)
          .satisfies(
              failure ->
                  assertThat(rootMessage(failure))
                      .contains("mock-payments-server:no-such-tag")
                      .contains("is not in the local Docker engine")
                      .contains("make image")
                      .contains("make push-image REGISTRY=host:port")
                      .contains("asCompatibleSubstituteFor"));
      // What is asserted is failing fast instead of retrying pulls for minutes; an answer takes
      // about a second, so 30 s leaves room for any load.
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("instead of minutes of retried pulls")
          .isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void anImageFromAnUnreachableRegistryFailsWithinThirtySeconds() {
    DockerImageName unreachable =
        DockerImageName.parse(
                "localhost:1/mock-payments-server:" + MockPaymentsContainer.DEFAULT_TAG)
            .asCompatibleSubstituteFor("mock-payments-server");
    try (MockPaymentsContainer missing = new MockPaymentsContainer(unreachable)) {
      long start = System.nanoTime();
      assertThatThrownBy(missing::start)
          .satisfies(
              failure ->
                  assertThat(rootMessage(failure))
                      .contains("localhost:1/mock-payments-server")
                      .contains("pulling it failed"));
      // What is asserted is failing fast instead of retrying pulls for minutes; an answer takes
      // about a second, so 30 s leaves room for any load.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void theUsersOwnWaitStrategyAndTimeoutAreKeptWithAToken() {
    try (MockPaymentsContainer payments =
        new MockPaymentsContainer()
            .withControlToken("secret")
            .waitingFor(Wait.forLogMessage(".*mock-payments-server ready.*", 1))
            .withStartupTimeout(Duration.ofSeconds(45))) {
      payments.start();
      assertThat(payments.connections()).as("the client sends the token").isEmpty();
    }
  }

  @Test
  void theClientIsThereOnlyWhileTheContainerRuns() {
    MockPaymentsContainer payments = new MockPaymentsContainer();
    assertThatThrownBy(payments::client)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not running");
    payments.start();
    assertThatCode(payments::connections).doesNotThrowAnyException();
    payments.stop();
    assertThatThrownBy(payments::connections)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@Container");
  }

  @Test
  void acceptsOnlyTheMockImageOrDeclaredSubstitutes() {
    assertThatThrownBy(() -> new MockPaymentsContainer("nginx:latest"))
        .isInstanceOf(IllegalStateException.class);
    DockerImageName mine =
        DockerImageName.parse("registry.example/payments-mock:1")
            .asCompatibleSubstituteFor("mock-payments-server");
    assertThatCode(() -> new MockPaymentsContainer(mine)).doesNotThrowAnyException();
    assertThat(MockPaymentsContainer.DEFAULT_TAG).isNotBlank().doesNotContain("${");
    assertThat(MockPaymentsContainer.DEFAULT_IMAGE_NAME.getUnversionedPart())
        .isEqualTo("mock-payments-server");
  }

  private static String rootMessage(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
