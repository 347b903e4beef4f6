package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every stub the control API reference shows is one the server accepts as it is written. */
class DocumentedStubsTest extends EmbeddedServer {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyStubInTheReferenceIsAccepted() throws IOException {
    String reference = Files.readString(Path.of("..", "docs", "control-api.md"));
    List<String> stubs = new ArrayList<>();
    Matcher block = JSON_BLOCK.matcher(reference);
    while (block.find()) {
      String json = block.group(1).strip();
      if (json.startsWith("{\"on\":")) {
        stubs.add(json);
      }
    }
    assertThat(stubs).as("stubs shown in docs/control-api.md").hasSizeGreaterThanOrEqualTo(5);
    for (String stub : stubs) {
      ControlHttp.Answer answer = control.post("stubs", stub);
      assertThat(answer.status()).as("%s\n-> %s", stub, answer.body()).isEqualTo(201);
    }
  }
}
