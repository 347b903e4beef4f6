package com.example.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The Orders service's client of Payments, a Spring bean: each payment opens a WebSocket to {@code
 * payments.url}, asks for the payment methods, picks the first one offered, and completes when
 * Payments says the payment is fulfilled.
 */
@Component
public class PaymentsClient {
  private static final Pattern FIRST_METHOD =
      Pattern.compile("\"payment_methods\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");

  private static final int SEND_TIME_LIMIT_MS = 5_000;
  private static final int BUFFER_BYTES = 64 * 1024;

  private final StandardWebSocketClient webSockets = new StandardWebSocketClient();
  private final URI paymentsUrl;

  public PaymentsClient(@Value("${payments.url}") URI paymentsUrl) {
    this.paymentsUrl = paymentsUrl;
  }

  /** Pays for {@code orderId}; the future completes with the order id once it is fulfilled. */
  public CompletableFuture<String> pay(String orderId) {
    Payment payment = new Payment(orderId);
    // A session sends one message at a time: the answer to the first message can arrive, and be
    // answered on the container's thread, while this thread is still writing it.
    WebSocketSession session =
        new ConcurrentWebSocketSessionDecorator(connect(payment), SEND_TIME_LIMIT_MS, BUFFER_BYTES);
    payment.session = session;
    payment.send("{\"initiate_payment\":true,\"order_id\":\"" + orderId + "\"}");
    return payment.fulfilled.whenComplete((order, failure) -> closeQuietly(session));
  }

  private WebSocketSession connect(Payment payment) {
    try {
      return webSockets.execute(payment, paymentsUrl.toString()).get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Payments at " + paymentsUrl + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while connecting to " + paymentsUrl, e);
    }
  }

  private static void closeQuietly(WebSocketSession session) {
    try {
      session.close(CloseStatus.NORMAL);
    } catch (IOException e) {
      // The payment is over either way.
    }
  }

  private static final class Payment extends TextWebSocketHandler {
    private final CompletableFuture<String> fulfilled = new CompletableFuture<>();
    private final String orderId;
    private volatile WebSocketSession session;

    Payment(String orderId) {
      this.orderId = orderId;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
      String text = message.getPayload();
      Matcher method = FIRST_METHOD.matcher(text);
      if (method.find()) {
        send(
            "{\"initiate_payment\":\"" + method.group(1) + "\",\"order_id\":\"" + orderId + "\"}");
      } else if (text.contains("\"FULFILL\"")) {
        fulfilled.complete(orderId);
      }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
      fulfilled.completeExceptionally(
          new IllegalStateException("Payments closed the connection: " + status));
    }

    void send(String text) {
      try {
        session.sendMessage(new TextMessage(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
