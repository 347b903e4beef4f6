package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Frame;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Recipes;
import org.mockpayments.server.MockPaymentsServerExtension;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.testsupport.TestSocket;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The STOMP 1.2 recipe played against Spring's WebSocketStompClient, with no stub of the test's.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StompRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.STOMP).build());

  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
  private WebSocketStompClient stomp;

  @BeforeEach
  void createClient() {
    scheduler.initialize();
    stomp = new WebSocketStompClient(new StandardWebSocketClient());
    stomp.setMessageConverter(new StringMessageConverter());
    stomp.setTaskScheduler(scheduler);
    stomp.setDefaultHeartbeat(new long[] {100, 100});
  }

  @AfterEach
  void stopClient() {
    stomp.stop();
    scheduler.shutdown();
  }

  private StompSession connect() throws Exception {
    return stomp
        .connectAsync(
            payments.getWebSocketUrl("/stomp").toString(), new StompSessionHandlerAdapter() {})
        .get(5, TimeUnit.SECONDS);
  }

  @Test
  void connectsWithTheHeartBeatsTheClientAskedForAndKeepsThemComing() throws Exception {
    StompSession session = connect();
    MockConnection connection = payments.awaitConnection(WAIT);

    connection.awaitFrame(Match.regex("(?s)CONNECT\n.*heart-beat:100,100\n.*"), WAIT);
    assertThat(Journal.awaitSent(payments, text -> text.startsWith("CONNECTED\n"), 1).get(0).text())
        .contains("version:1.2\n")
        .contains("heart-beat:100,100\n");
    Journal.awaitSent(payments, "\n"::equals, 5);
    assertThat(session.isConnected())
        .as("Spring closes a session that hears nothing for 3 heart-beat intervals")
        .isTrue();
    assertThat(connection.receivedFrames().stream().map(Frame::text))
        .as("the client's own heart-beats get no ERROR")
        .noneMatch(text -> text != null && text.startsWith("ERROR"));
  }

  @Test
  void aSubscriptionGetsItsReceiptAndTheMessagesSentToIt() throws Exception {
    StompSession session = connect();
    session.setAutoReceipt(true);
    Messages messages = new Messages();
    CompletableFuture<Void> receipt = new CompletableFuture<>();
    session.subscribe("/topic/orders", messages).addReceiptTask(() -> receipt.complete(null));
    receipt.get(5, TimeUnit.SECONDS);

    session.send("/app/orders", "{\"order\":\"o-1\"}");
    StompHeaders headers = messages.next();
    assertThat(messages.lastPayload).isEqualTo("{\"order\":\"o-1\"}");
    assertThat(headers.getSubscription()).isEqualTo("0");
    assertThat(headers.getDestination()).isEqualTo("/topic/orders");
    assertThat(headers.getMessageId()).isNotBlank();
  }

  @Test
  void testCodePushesAMessageToTheSubscriptionTheRecipeRemembered() throws Exception {
    StompSession session = connect();
    Messages messages = new Messages();
    session.subscribe("/topic/payments", messages);
    MockConnection connection = payments.awaitConnection(WAIT);
    connection.awaitFrame(Match.regex("(?s)SUBSCRIBE\n.*"), WAIT);

    String subscription = connection.info().variable("subscription");
    connection.sendText(
        "MESSAGE\nsubscription:"
            + subscription
            + "\n"
            + "message-id:m-1\n"
            + "destination:/topic/payments\n"
            + "content-type:text/plain\n\n"
            + "FULFILL\u0000");
    messages.next();
    assertThat(messages.lastPayload).isEqualTo("FULFILL");
  }

  @Test
  void aReceiptAnswersADisconnect() throws Exception {
    StompSession session = connect();
    MockConnection connection = payments.awaitConnection(WAIT);
    StompHeaders disconnect = new StompHeaders();
    disconnect.setReceipt("bye-1");
    session.disconnect(disconnect);
    connection.awaitFrame(Match.regex("(?s)DISCONNECT\n.*"), WAIT);
    assertThat(Journal.awaitSent(payments, text -> text.startsWith("RECEIPT"), 1).get(0).text())
        .isEqualTo("RECEIPT\nreceipt-id:bye-1\n\n\u0000");
  }

  @Test
  void framesInBinaryMessagesAreUnderstoodToo() {
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/stomp"));
    client.sendBinary(
        "CONNECT\naccept-version:1.2\nhost:mock\n\n\u0000".getBytes(StandardCharsets.UTF_8));
    assertThat(client.nextText()).startsWith("CONNECTED\nversion:1.2\nheart-beat:0,0\n");
    client.sendBinary(
        "SUBSCRIBE\nid:sub-7\ndestination:/queue/a\n\n\u0000".getBytes(StandardCharsets.UTF_8));
    client.sendBinary("SEND\ndestination:/queue/a\n\nbytes\u0000".getBytes(StandardCharsets.UTF_8));
    assertThat(client.nextText())
        .startsWith("MESSAGE\nsubscription:sub-7\n")
        .endsWith("\n\nbytes\u0000");
  }

  @Test
  void anUnknownCommandGetsAnErrorFrameAndTheConnectionIsClosed() {
    TestSocket client = TestSocket.connect(payments.getWebSocketUrl("/stomp"));
    client.send("HELLO\n\n\u0000");
    assertThat(client.nextText()).startsWith("ERROR\nmessage:unknown command HELLO\n");
    assertThat(client.awaitClosed().code()).isEqualTo(1002);
  }

  /** A subscription's handler, collecting what arrives. */
  private static final class Messages implements StompFrameHandler {
    private final BlockingQueue<StompHeaders> headers = new LinkedBlockingQueue<>();
    private volatile String lastPayload;

    @Override
    public Type getPayloadType(StompHeaders headers) {
      return String.class;
    }

    @Override
    public void handleFrame(StompHeaders headers, Object payload) {
      lastPayload = (String) payload;
      this.headers.add(headers);
    }

    StompHeaders next() throws InterruptedException {
      StompHeaders next = headers.poll(5, TimeUnit.SECONDS);
      assertThat(next).as("a MESSAGE within 5 s").isNotNull();
      return next;
    }
  }
}
