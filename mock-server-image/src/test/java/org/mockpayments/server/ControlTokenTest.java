package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ControlTokenTest extends EmbeddedServer {
  private static final String TOKEN = "s3cret-token";

  @Override
  ServerSettings settings() {
    return ServerSettings.builder().controlToken(TOKEN).build();
  }

  @Test
  void requestsWithoutTheTokenGet401() {
    for (String path : new String[] {"health", "connections", "frames", "stubs", "events"}) {
      ControlHttp.Answer answer = control.get(path);
      assertThat(answer.status()).as(path).isEqualTo(401);
      assertThat(answer.error()).isEqualTo("unauthorized");
      assertThat(answer.message()).contains("Authorization: Bearer");
    }
    assertThat(control.post("reset", "").status()).isEqualTo(401);
    assertThat(withHeader("Bearer wrong", "health").statusCode()).isEqualTo(401);
  }

  @Test
  void requestsWithTheTokenAreServed() {
    HttpResponse<String> health = withHeader("Bearer " + TOKEN, "health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
    assertThat(withHeader("Bearer " + TOKEN, "connections").statusCode()).isEqualTo(200);
  }

  @Test
  void thePageLoadsWithoutTheTokenSoItCanAskForIt() {
    assertThat(control.get("").status()).isEqualTo(200);
    assertThat(control.get("ui/app.js").body()).contains("MOCK_CONTROL_TOKEN");
  }

  @Test
  void theEventStreamAcceptsTheTokenAsAQueryParameter() throws Exception {
    HttpResponse<InputStream> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:" + server.controlPort() + "/events?token=" + TOKEN))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    stream.body().close();
    assertThat(stream.statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> withHeader(String authorization, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + server.controlPort() + "/" + path))
                  .header("Authorization", authorization)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
