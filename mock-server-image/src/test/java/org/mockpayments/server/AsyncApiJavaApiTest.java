package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.mockpayments.client.AsyncApiPerspective;
import org.mockpayments.client.ContractViolation;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.MockPaymentsException;
import org.mockpayments.testsupport.TestSocket;

/** The contract through the Java API, and the extension failing a test that broke it. */
@Timeout(60)
class AsyncApiJavaApiTest {
  static String chat() {
    try {
      return Files.readString(
          AsyncApiExchangeTest.document("chat-2.6.yaml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void loadsPushesByNameAndListsViolations() {
    try (MockPaymentsServer payments = MockPaymentsServer.start()) {
      assertThat(payments.loadAsyncApi(chat())).isEmpty();
      TestSocket socket = TestSocket.connect(payments.getWebSocketUrl("/rooms/general"));
      MockConnection room = payments.awaitConnection(Duration.ofSeconds(5));
      room.sendMessage("said");
      assertThat(socket.nextText()).contains("hello, room");
      room.sendMessage("joined");
      assertThat(socket.nextText()).contains("grace");

      socket.send("{\"txt\":\"typo\"}");
      payments.awaitFrame(Match.contains("typo"), Duration.ofSeconds(5));
      List<ContractViolation> violations = payments.contractViolations();
      assertThat(violations)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.isError()).isTrue();
                assertThat(v.closest()).isEqualTo("post");
                assertThat(v.errors())
                    .contains(
                        "(the whole value): lacks the required property 'text'",
                        "(the whole value): has a property 'txt' the schema does not allow (it"
                            + " allows text)");
              });
      assertThatThrownBy(payments::assertNoContractViolations)
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith(
              "The client broke the AsyncAPI contract so far, once:\n  - Frame #")
          .hasMessageContaining("has a property 'txt' the schema does not allow");

      assertThatThrownBy(() -> room.sendMessage("post"))
          .isInstanceOf(MockPaymentsException.class)
          .hasMessageContaining("By the contract the mock does not send 'post' on /rooms/general");
      payments.removeAsyncApi();
      assertThat(payments.contractViolations()).as("nothing is checked any more").hasSize(1);
    }
  }

  @Test
  void aDocumentWithAMistakeIsRefusedWithItsPlace() {
    try (MockPaymentsServer payments = MockPaymentsServer.start()) {
      assertThatThrownBy(
              () ->
                  payments.loadAsyncApi(
                      "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nchannels:\n  a:\n"
                          + "    messages: {m: {$ref: '#/components/messages/nope'}}\n",
                      AsyncApiPerspective.CLIENT))
          .isInstanceOf(MockPaymentsException.class)
          .hasMessageContaining(
              "The $ref '#/components/messages/nope' at /channels/a/messages/m does not resolve");
    }
  }

  @Test
  void theExtensionFailsATestWhoseClientBrokeTheContract() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(ChatTests.class))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.succeeded(1).failed(1));
    assertThat(
            tests.failed().stream()
                .map(event -> event.getTestDescriptor().getDisplayName())
                .toList())
        .containsExactly("postsWithATypo()");
    assertThat(
            tests
                .failed()
                .list()
                .get(0)
                .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                .getThrowable()
                .orElseThrow()
                .getMessage())
        .startsWith("The client broke the AsyncAPI contract during this test, once:")
        .contains("has a property 'txt' the schema does not allow");

    tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(ChatTestsAllowingViolations.class))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.succeeded(1).failed(0));
  }

  /** Plays the chat document and posts {@code frame} to a room, as a client would. */
  static void post(MockPaymentsServerExtension payments, String frame) {
    payments.loadAsyncApi(chat());
    TestSocket socket = TestSocket.connect(payments.getWebSocketUrl("/rooms/general"));
    socket.send(frame);
    payments.awaitFrame(Match.equalTo(frame), Duration.ofSeconds(5));
  }

  static class ChatTests {
    @RegisterExtension
    static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

    @Test
    void postsWithATypo() {
      post(payments, "{\"txt\":\"typo\"}");
    }

    @Test
    void postsProperly() {
      post(payments, "{\"text\":\"hi\"}");
    }
  }

  static class ChatTestsAllowingViolations {
    @RegisterExtension
    static MockPaymentsServerExtension payments =
        MockPaymentsServerExtension.create().allowingContractViolations();

    @Test
    void postsWithATypo() {
      post(payments, "{\"txt\":\"typo\"}");
    }
  }
}
