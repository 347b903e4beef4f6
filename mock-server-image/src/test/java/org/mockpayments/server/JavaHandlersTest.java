package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.testsupport.TestSocket;

/** Java handlers: in-process tests answer messages with their own code. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JavaHandlersTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

  @Test
  void aHandlerAnswersWithWhatOnlyCodeCanWorkOutAndItsFramesAreJournaled() {
    // handler-begin
    payments.onMessage(
        Match.jsonHas("payload"),
        (message, connection) -> {
          CRC32 crc = new CRC32();
          crc.update(message.bytes());
          connection.sendText(
              "{\"crc\":" + crc.getValue() + ",\"on\":\"" + connection.id() + "\"}");
        });
    // handler-end
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
    client.send("{\"payload\":\"abc\"}");

    CRC32 expected = new CRC32();
    expected.update("{\"payload\":\"abc\"}".getBytes());
    assertThat(client.nextText()).isEqualTo("{\"crc\":" + expected.getValue() + ",\"on\":\"c1\"}");
    assertThat(payments.frames())
        .extracting(Frame::direction, Frame::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Frame.Direction.IN, "{\"payload\":\"abc\"}"),
            org.assertj.core.groups.Tuple.tuple(
                Frame.Direction.OUT, "{\"crc\":" + expected.getValue() + ",\"on\":\"c1\"}"));
  }

  @Test
  void aHandlerRanksWithTheStubsAndTakesTheMessagesItFits() {
    payments.addStub(Stub.onMessage(Match.contains("first")).reply(Reply.text("stub")));
    String id =
        payments.onMessage(
            Match.any(), (message, connection) -> connection.sendText("java " + message.text()));
    payments.addStub(Stub.onMessage(Match.any()).reply(Reply.text("never")));
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));

    client.send("first");
    client.send("second");
    client.sendBinary(new byte[] {1, 2});

    assertThat(List.of(client.nextText(), client.nextText(), client.nextText()))
        .containsExactly("stub", "java second", "java \u0001\u0002");
    assertThat(payments.stubs()).filteredOn(stub -> stub.id().equals(id)).hasSize(1);
    JsonObject listed =
        JsonParser.parseString(
                payments.stubs().stream()
                    .filter(stub -> stub.id().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .definition())
            .getAsJsonObject();
    assertThat(listed.get("handler").getAsString())
        .isEqualTo("java: org.mockpayments.server.JavaHandlersTest (lambda)");

    payments.removeStub(id);
    client.send("third");
    assertThat(client.nextText()).isEqualTo("never");
  }

  @Test
  void aHandlerThatThrowsClosesNothingAndItsFailureIsJournaled() {
    payments.onMessage(
        Match.equalTo("boom"),
        (message, connection) -> {
          throw new IllegalStateException("no order for " + message.text());
        });
    payments.onMessage(Match.any(), (message, connection) -> connection.sendText("still here"));
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));

    client.send("boom");
    client.send("next");

    assertThat(client.nextText()).isEqualTo("still here");
    assertThat(payments.server().handlerFailures())
        .singleElement()
        .asString()
        .matches(
            "#\\d+ c1: the Java handler of stub s\\d+ failed answering #\\d+:"
                + " java.lang.IllegalStateException: no order for boom");
    assertThat(payments.transcript())
        .contains("\"kind\":\"handler-error\"")
        .contains("\"error\":\"java.lang.IllegalStateException: no order for boom\"");
    payments.resetAndCloseConnections();
    assertThat(payments.server().handlerFailures()).as("a reset clears them").isEmpty();
  }

  @Test
  void aHandlersSendOnAClosedConnectionIsAnExceptionItCanSee() throws Exception {
    CompletableFuture<Throwable> late = new CompletableFuture<>();
    payments.onMessage(
        Match.any(),
        (message, connection) -> {
          connection.close(4000, "bye");
          try {
            connection.sendText("late");
            late.complete(null);
          } catch (IllegalStateException refused) {
            late.complete(refused);
          }
        });
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/payments"));
    client.send("x");

    assertThat(late.get(5, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Connection c1 refused the frame: Connection c1 is closing");
    assertThat(client.awaitClosed().code()).isEqualTo(4000);
  }

  @Test
  void theExtensionFailsATestDuringWhichAHandlerThrew() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(HandlerExamples.class))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.succeeded(1).failed(1));
    assertThat(
            tests
                .failed()
                .list()
                .get(0)
                .getRequiredPayload(TestExecutionResult.class)
                .getThrowable()
                .orElseThrow()
                .getMessage())
        .startsWith("1 Java handler failure(s) during this test (MockPaymentsServer.onMessage):")
        .contains("java.lang.ArithmeticException: / by zero");
  }

  static class HandlerExamples {
    @RegisterExtension
    static MockPaymentsServerExtension server = MockPaymentsServerExtension.create();

    @Test
    void dividesByZeroFirst() {
      exchange("0", "4");
    }

    @Test
    void dividesProperly() {
      exchange("4");
    }

    /** Sends each divisor; the last one's answer comes after every earlier one was handled. */
    private static void exchange(String... divisors) {
      server.onMessage(
          Match.any(),
          (message, connection) ->
              connection.sendText(String.valueOf(100 / Integer.parseInt(message.text()))));
      TestSocket client = TestSocket.connect(server.getWebSocketUrl("/calc"));
      for (String divisor : divisors) {
        client.send(divisor);
      }
      assertThat(client.nextText()).isEqualTo("25");
    }
  }
}
