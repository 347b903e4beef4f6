package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.MockPaymentsClient;
import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.testcontainers.MockPaymentsContainer;
import org.slf4j.LoggerFactory;

/** Adding the mock to a project must not change how that project logs. */
@Timeout(30)
class OwnLoggingTest {
  private static final List<String> LOGGING_CONFIGURATIONS =
      List.of(
          "simplelogger.properties",
          "logback.xml",
          "logback-test.xml",
          "log4j2.xml",
          "log4j2-test.xml",
          "log4j.properties",
          "logging.properties",
          "commons-logging.properties",
          "jul-to-slf4j.properties");

  @Test
  void theMockJarsShipNoLoggingConfiguration() throws IOException {
    for (Class<?> fromJar :
        List.of(MockPaymentsClient.class, MockPaymentsServer.class, MockPaymentsContainer.class)) {
      Path jar = Path.of(fromJar.getProtectionDomain().getCodeSource().getLocation().getPath());
      assertThat(Files.isRegularFile(jar)).as("%s comes from an installed jar", fromJar).isTrue();
      List<String> entries = new ArrayList<>();
      try (JarFile file = new JarFile(jar.toFile())) {
        file.stream()
            .forEach(entry -> entries.add(Path.of(entry.getName()).getFileName().toString()));
      }
      assertThat(entries)
          .as("entries of %s", jar.getFileName())
          .doesNotContainAnyElementsOf(LOGGING_CONFIGURATIONS);
    }
  }

  @Test
  void thisProjectsOwnConfigurationIsTheOnlyOneInEffect() throws IOException {
    List<URL> found =
        Collections.list(getClass().getClassLoader().getResources("simplelogger.properties"));
    assertThat(found)
        .as("simplelogger.properties on the test classpath")
        .singleElement()
        .satisfies(
            url -> assertThat(url.getPath()).contains("/examples/consumer/target/test-classes/"));
    assertThat(LoggerFactory.getLogger("org.testcontainers").isInfoEnabled())
        .as("this project logs Testcontainers at INFO, as its own configuration says")
        .isTrue();
    assertThat(LoggerFactory.getLogger("com.example.orders").isDebugEnabled()).isTrue();
  }
}
