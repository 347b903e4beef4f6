package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.client.AsyncApiPerspective;

/** The image's AsyncAPI variables, as {@link ServerSettings#fromEnvironment} reads them. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class EnvironmentSettingsTest {
  @Test
  void theDocumentAndTheSideTheMockPlays() {
    ServerSettings settings =
        ServerSettings.fromEnvironment(
            Map.of(
                "MOCK_ASYNCAPI_FILE", "/contracts/exchange.yaml",
                "MOCK_ASYNCAPI_PERSPECTIVE", "client"));
    assertThat(settings.asyncApiFile()).isEqualTo(Path.of("/contracts/exchange.yaml"));
    assertThat(settings.asyncApiPerspective()).isEqualTo(AsyncApiPerspective.CLIENT);

    ServerSettings byDefault =
        ServerSettings.fromEnvironment(Map.of("MOCK_ASYNCAPI_FILE", "/contracts/feed.yaml"));
    assertThat(byDefault.asyncApiPerspective()).isEqualTo(AsyncApiPerspective.SERVER);
    assertThat(ServerSettings.fromEnvironment(Map.of()).asyncApiFile()).isNull();
  }

  @Test
  void aPerspectiveThatIsNeitherSideOrHasNoDocumentIsRefused() {
    assertThatThrownBy(
            () ->
                ServerSettings.fromEnvironment(
                    Map.of(
                        "MOCK_ASYNCAPI_FILE", "/contracts/exchange.yaml",
                        "MOCK_ASYNCAPI_PERSPECTIVE", "exchange")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "MOCK_ASYNCAPI_PERSPECTIVE must be server (the mock plays the application the document"
                + " describes) or client (it plays the counterpart), not 'exchange'.");
    assertThatThrownBy(
            () -> ServerSettings.fromEnvironment(Map.of("MOCK_ASYNCAPI_PERSPECTIVE", "client")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("MOCK_ASYNCAPI_PERSPECTIVE is set, but MOCK_ASYNCAPI_FILE is not");
  }
}
