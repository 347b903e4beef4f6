package org.mockpayments.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class BuildersTest {
  @Test
  void matchesWriteTheControlApiShapes() {
    assertThat(Match.any()).hasToString("any frame");
    assertThat(Match.equalTo("a")).hasToString("{\"equals\":\"a\"}");
    assertThat(Match.jsonSubset("{ \"a\" : [1] }")).hasToString("{\"jsonSubset\":{\"a\":[1]}}");
    assertThat(Match.binary(new byte[] {0, 1})).hasToString("{\"base64\":\"AAE=\"}");
  }

  @Test
  void invalidJsonIsRejectedAtOnce() {
    assertThatThrownBy(() -> Match.json("{oops"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Match.json needs valid JSON");
    assertThatThrownBy(() -> Match.jsonSubset("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON object or array");
    assertThatThrownBy(() -> Match.contains("a").and(Match.contains("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Both matches set 'contains'");
    assertThatThrownBy(() -> Reply.text("x").withPrefix("p"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Reply.json("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stubsAreImmutableAndComposeReplies() {
    Stub base = Stub.onMessage(Match.contains("x"));
    Stub full =
        base.reply(Reply.text("a"), Reply.close(4001, "no").after(Duration.ofMillis(5)))
            .onPath("/p")
            .times(2);
    assertThat(base.toString()).doesNotContain("reply");
    assertThat(full)
        .hasToString(
            "{\"on\":\"message\",\"match\":{\"contains\":\"x\"},\"reply\":[{\"text\":\"a\"},"
                + "{\"close\":{\"code\":4001,\"reason\":\"no\"},\"delayMs\":5}],\"path\":\"/p\",\"times\":2}");
  }

  @Test
  void stubsReadTheirScenarioStepsAndPrintTheControlApiJson() {
    Stub stub =
        Stub.onMessage(Match.equalTo("go")).whenState("a").thenState("b").reply(Reply.drop());
    assertThat(stub.toJson())
        .isEqualTo(stub.toString())
        .isEqualTo(
            "{\"on\":\"message\",\"match\":{\"equals\":\"go\"},\"whenState\":\"a\",\"setState\":\"b\","
                + "\"reply\":[{\"drop\":true}]}");
    assertThat(Stub.fromJson(stub.toJson()).toJson()).isEqualTo(stub.toJson());
  }
}
