package org.mockpayments.sample;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Orders service's client of Payments: keeps one long-running WebSocket connection per order
 * being paid and moves the order through its payment.
 *
 * <pre>{@code
 * OrderRepository orders = new OrderRepository();
 * try (PaymentsClient payments = new PaymentsClient(URI.create("wss://payments/ws"), new JdkWebSocketTransport(), orders)) {
 *   payments.pay(Order.create("o-1", new BigDecimal("12.50"), "EUR"));
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. Closing it stops reconnecting and releases the transport.
 */
public final class PaymentsClient implements AutoCloseable {
  private final URI paymentsUrl;
  private final WebSocketTransport transport;
  private final OrderRepository orders;
  private final ReconnectPolicy reconnect;
  private final Heartbeat heartbeat;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "payments-timer");
            thread.setDaemon(true);
            return thread;
          });
  private final List<PaymentSession> sessions = new CopyOnWriteArrayList<>();

  /**
   * A client with the {@linkplain ReconnectPolicy#standard() standard} reconnect policy and
   * heartbeat.
   */
  public PaymentsClient(URI paymentsUrl, WebSocketTransport transport, OrderRepository orders) {
    this(paymentsUrl, transport, orders, ReconnectPolicy.standard(), Heartbeat.standard());
  }

  /** A client of the Payments WebSocket at {@code paymentsUrl}. */
  public PaymentsClient(
      URI paymentsUrl,
      WebSocketTransport transport,
      OrderRepository orders,
      ReconnectPolicy reconnect,
      Heartbeat heartbeat) {
    this.paymentsUrl = paymentsUrl;
    this.transport = transport;
    this.orders = orders;
    this.reconnect = reconnect;
    this.heartbeat = heartbeat;
  }

  /** Saves {@code order} and starts paying it over a connection of its own; returns at once. */
  public void pay(Order order) {
    orders.save(order);
    PaymentSession session =
        new PaymentSession(
            order.id(), paymentsUrl, transport, orders, reconnect, heartbeat, scheduler);
    sessions.add(session);
    session.start();
  }

  @Override
  public void close() {
    sessions.forEach(PaymentSession::stop);
    scheduler.shutdownNow();
    transport.close();
  }
}
