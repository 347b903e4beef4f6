package org.mockpayments.testsupport;

import com.github.dockerjava.api.command.CreateContainerCmd;
import java.util.HashMap;
import java.util.Map;
import org.testcontainers.core.CreateContainerCmdModifier;

/**
 * Labels every container this project's tests start with {@code org.mockpayments.test-run=<run>},
 * the run named by the environment variable {@code MOCK_PAYMENTS_TEST_RUN} that {@code make test}
 * sets; so the clean-up after a run removes its own containers and never another project's.
 * Testcontainers finds it through {@code META-INF/services}.
 */
public final class TestRunLabel implements CreateContainerCmdModifier {
  /** The label's name. */
  public static final String LABEL = "org.mockpayments.test-run";

  @Override
  public CreateContainerCmd modify(CreateContainerCmd command) {
    String run = System.getenv("MOCK_PAYMENTS_TEST_RUN");
    Map<String, String> labels =
        new HashMap<>(command.getLabels() == null ? Map.of() : command.getLabels());
    labels.put(LABEL, run == null || run.isBlank() ? "unnamed" : run);
    return command.withLabels(labels);
  }
}
