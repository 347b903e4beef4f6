package com.example.orders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Orders service's connection to Payments: it starts a payment, picks the first method the
 * service offers, and learns when the payment is fulfilled. The code under test in this example.
 */
public final class PaymentsConnection implements AutoCloseable {
  private static final Pattern FIRST_METHOD =
      Pattern.compile("\"payment_methods\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");

  private final CompletableFuture<String> fulfilled = new CompletableFuture<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final WebSocket socket;
  private volatile String orderId;
  private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);

  private PaymentsConnection(URI payments) {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(payments, new Listener())
            .join();
  }

  /** Connects to the Payments service at {@code payments}, such as {@code ws://payments/ws}. */
  public static PaymentsConnection open(URI payments) {
    return new PaymentsConnection(payments);
  }

  /** Asks Payments which methods it offers for this order. */
  public void startPayment(String orderId) {
    this.orderId = orderId;
    send("{\"initiate_payment\":true,\"order_id\":\"" + orderId + "\"}");
  }

  /** Completes with the order id once Payments has fulfilled the payment. */
  public CompletableFuture<String> fulfilled() {
    return fulfilled;
  }

  /** Completes with the close code once Payments has closed the connection. */
  public CompletableFuture<Integer> closed() {
    return closed;
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      sendClose();
    }
  }

  private synchronized void send(String text) {
    // The JDK allows one outstanding send at a time.
    sending = sending.thenCompose(ignored -> socket.sendText(text, true));
  }

  private synchronized void sendClose() {
    sending = sending.thenCompose(ignored -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        handle(message.toString());
        message.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(1006);
    }

    private void handle(String text) {
      Matcher method = FIRST_METHOD.matcher(text);
      if (method.find()) {
        send("{\"initiate_payment\":\"" + method.group(1) + "\",\"order_id\":\"" + orderId + "\"}");
      } else if (text.replace(" ", "").contains("\"state\":\"FULFILL\"")) {
        fulfilled.complete(orderId);
      }
    }
  }
}
