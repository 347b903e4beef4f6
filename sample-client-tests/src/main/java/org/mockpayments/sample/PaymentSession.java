package org.mockpayments.sample;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The payment conversation of one order, shared by every {@link WebSocketTransport}:
 *
 * <ol>
 *   <li>on connect, send {@code {"initiate_payment":true,"order_id":..,"amount":..,"currency":..}};
 *   <li>on {@code {"payment_methods":[...]}}, choose the first and send {@code
 *       {"initiate_payment":"<method>","order_id":..}} (none: the order fails and the client
 *       closes);
 *   <li>on {@code {"payment_url":".."}}, store the URL on the order;
 *   <li>on {@code {"state":"FULFILL"}}, fulfil and invoice; on {@code {"state":"CANCEL"}}, cancel
 *       and close normally (1000).
 * </ol>
 *
 * <p>Frames that are not JSON or of an unknown shape are logged and ignored. A connection that
 * breaks before a final state (any close but 1000 and 4000-4999), or whose pongs stop coming back
 * ({@link Heartbeat}), is reopened with {@link ReconnectPolicy} backoff and the conversation
 * resumes from step 1, which Payments treats as idempotent. A close with 4000-4999 fails the order
 * with that reason; so does an upgrade refused with 401 or 403, while other refusals (429, 503) are
 * retried. Each connection carries the order id in its query ({@code ?order=o-1}).
 */
final class PaymentSession implements WebSocketTransport.Listener {
  private static final Logger LOG = Logger.getLogger(PaymentSession.class.getName());
  private static final CompletableFuture<Void> NOTHING_SENT =
      CompletableFuture.completedFuture(null);

  private final String orderId;
  private final URI paymentsUrl;
  private final WebSocketTransport transport;
  private final OrderRepository orders;
  private final ReconnectPolicy reconnect;
  private final ScheduledExecutorService scheduler;
  private final Heartbeat heartbeat;
  private int failedAttempts;
  private boolean stopped;

  /** Each connection ends once for the flow, however many ways the library reports it. */
  private final Set<WebSocketTransport.Connection> closedConnections =
      Collections.newSetFromMap(new WeakHashMap<>());

  private ScheduledFuture<?> heartbeatTask;
  private long pingSentAt;

  PaymentSession(
      String orderId,
      URI paymentsUrl,
      WebSocketTransport transport,
      OrderRepository orders,
      ReconnectPolicy reconnect,
      Heartbeat heartbeat,
      ScheduledExecutorService scheduler) {
    this.orderId = orderId;
    this.paymentsUrl = withOrder(paymentsUrl, orderId);
    this.heartbeat = heartbeat;
    this.transport = transport;
    this.orders = orders;
    this.reconnect = reconnect;
    this.scheduler = scheduler;
  }

  void start() {
    transport
        .connect(paymentsUrl, this)
        .whenComplete(
            (connection, failure) -> {
              Throwable cause =
                  failure instanceof CompletionException ? failure.getCause() : failure;
              if (cause instanceof WebSocketTransport.HandshakeRefused refused
                  && (refused.status() == 401 || refused.status() == 403)) {
                orders.update(
                    orderId,
                    o -> o.failed("Payments refused the connection with HTTP " + refused.status()));
              } else if (failure != null) {
                connectionLost(
                    "could not connect: " + (cause == null ? failure : cause).getMessage());
              } else {
                onOpen(connection);
              }
            });
  }

  synchronized void stop() {
    stopped = true;
    stopHeartbeat();
  }

  private void onOpen(WebSocketTransport.Connection connection) {
    synchronized (this) {
      failedAttempts = 0;
      startHeartbeat(connection);
    }
    Order order = orders.update(orderId, o -> o.withState(OrderState.PAYMENT_INITIATED));
    JsonObject initiate = new JsonObject();
    initiate.addProperty("initiate_payment", true);
    initiate.addProperty("order_id", order.id());
    initiate.addProperty("amount", order.amount());
    initiate.addProperty("currency", order.currency());
    connection.sendText(initiate.toString());
  }

  @Override
  public CompletionStage<?> onText(WebSocketTransport.Connection connection, String text) {
    JsonObject message = parseObject(text);
    if (message == null) {
      LOG.warning(
          () -> "order " + orderId + ": ignoring a frame that is not a JSON object: " + text);
      return NOTHING_SENT;
    }
    if (message.has("payment_methods") && message.get("payment_methods").isJsonArray()) {
      return onPaymentMethods(connection, message);
    }
    if (message.has("payment_url") && isString(message.get("payment_url"))) {
      orders.update(
          orderId, order -> order.withPaymentUrl(message.get("payment_url").getAsString()));
      return NOTHING_SENT;
    }
    if (message.has("state") && isString(message.get("state"))) {
      return onState(connection, message.get("state").getAsString());
    }
    LOG.warning(() -> "order " + orderId + ": ignoring a message of unknown shape: " + text);
    return NOTHING_SENT;
  }

  private CompletionStage<?> onPaymentMethods(
      WebSocketTransport.Connection connection, JsonObject message) {
    var methods = message.getAsJsonArray("payment_methods");
    if (methods.isEmpty() || !isString(methods.get(0))) {
      orders.update(orderId, order -> order.failed("Payments offered no payment method"));
      connection.close(1000, "no payment method");
      return NOTHING_SENT;
    }
    String method = methods.get(0).getAsString();
    orders.update(orderId, order -> order.withPaymentMethod(method));
    JsonObject choice = new JsonObject();
    choice.addProperty("initiate_payment", method);
    choice.addProperty("order_id", orderId);
    return connection.sendText(choice.toString());
  }

  private CompletionStage<?> onState(WebSocketTransport.Connection connection, String state) {
    switch (state) {
      case "FULFILL" -> {
        // The invoice first: whoever sees the order fulfilled must find its invoice.
        Order order = orders.getOrder(orderId).orElseThrow();
        orders.recordInvoice(
            new Invoice(order.id(), order.amount(), order.currency(), order.paymentMethod()));
        orders.update(orderId, o -> o.withState(OrderState.FULFILLED));
      }
      case "CANCEL" -> {
        orders.update(orderId, o -> o.withState(OrderState.CANCELLED));
        connection.close(1000, "order cancelled");
      }
      default -> LOG.warning(() -> "order " + orderId + ": ignoring unknown state " + state);
    }
    return NOTHING_SENT;
  }

  @Override
  public void onBinary(WebSocketTransport.Connection connection, byte[] bytes) {
    LOG.warning(
        () -> "order " + orderId + ": ignoring a binary frame of " + bytes.length + " bytes");
  }

  @Override
  public synchronized void onPong(WebSocketTransport.Connection connection) {
    pingSentAt = 0;
  }

  /** Pings on a timer; a ping unanswered past the timeout means the peer is gone. */
  private void startHeartbeat(WebSocketTransport.Connection connection) {
    stopHeartbeat();
    pingSentAt = 0;
    long every = heartbeat.interval().toMillis();
    heartbeatTask =
        scheduler.scheduleAtFixedRate(() -> beat(connection), every, every, TimeUnit.MILLISECONDS);
  }

  private void beat(WebSocketTransport.Connection connection) {
    boolean dead;
    synchronized (this) {
      long now = System.nanoTime();
      dead = pingSentAt != 0 && now - pingSentAt > heartbeat.timeout().toNanos();
      if (!dead && pingSentAt == 0) {
        pingSentAt = now;
      }
    }
    if (dead) {
      LOG.info(
          () ->
              "order "
                  + orderId
                  + ": no pong within "
                  + heartbeat.timeout().toMillis()
                  + " ms, giving up the connection");
      stopHeartbeat();
      connection.abort();
      // Some libraries report an abort of their own as no close at all: make sure the order goes
      // on.
      onClosed(connection, 1006, "no pong");
    } else {
      connection.ping();
    }
  }

  private synchronized void stopHeartbeat() {
    if (heartbeatTask != null) {
      heartbeatTask.cancel(false);
      heartbeatTask = null;
    }
  }

  @Override
  public void onClosed(WebSocketTransport.Connection connection, int code, String reason) {
    synchronized (this) {
      if (closedConnections.contains(connection)) {
        return;
      }
      closedConnections.add(connection);
    }
    stopHeartbeat();
    Order order = orders.getOrder(orderId).orElseThrow();
    if (order.state().isFinal()) {
      return;
    }
    if (code >= 4000 && code <= 4999) {
      orders.update(
          orderId, o -> o.failed("Payments closed the connection: " + code + " " + reason));
    } else if (code == 1000) {
      orders.update(
          orderId,
          o -> o.failed("Payments ended the conversation before a final state: " + reason));
    } else {
      connectionLost("closed with " + code + " " + reason);
    }
  }

  private void connectionLost(String why) {
    int attempt;
    synchronized (this) {
      if (stopped) {
        return;
      }
      attempt = ++failedAttempts;
    }
    if (attempt > reconnect.maxAttempts()) {
      orders.update(
          orderId,
          o -> o.failed("Gave up after " + reconnect.maxAttempts() + " reconnects: " + why));
      return;
    }
    long delay = reconnect.delayBefore(attempt).toMillis();
    LOG.info(
        () ->
            "order "
                + orderId
                + ": connection lost ("
                + why
                + "), reconnect "
                + attempt
                + " in "
                + delay
                + " ms");
    scheduler.schedule(this::start, delay, TimeUnit.MILLISECONDS);
  }

  private static URI withOrder(URI url, String orderId) {
    String order = "order=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8);
    return URI.create(url + (url.getRawQuery() == null ? "?" : "&") + order);
  }

  private static JsonObject parseObject(String text) {
    try {
      JsonElement element = JsonParser.parseString(text);
      return element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }

  private static boolean isString(JsonElement element) {
    return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
  }
}
