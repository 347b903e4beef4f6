package org.mockpayments.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockPayments;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.sample.JdkWebSocketTransport;
import org.mockpayments.sample.Order;
import org.mockpayments.sample.OrderRepository;
import org.mockpayments.sample.OrderState;
import org.mockpayments.sample.PaymentsClient;
import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.testcontainers.MockPaymentsContainer;

/**
 * A whole test class's wall time, the way the sample's flow tests run it: start the mock, pay
 * {@link #ORDERS} orders through the sample client (each reset, scripted by the scenario's stubs,
 * awaited to FULFILLED), stop the mock; in a container and embedded, alternated.
 */
final class SuiteSection {
  private static final int ORDERS = 10;
  private static final int ROUNDS = 5;
  private static final Stub OFFER =
      Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":true}"))
          .reply(Reply.json("{\"payment_methods\":[\"credit_card\",\"paypal\"]}"));
  private static final Stub FULFIL =
      Stub.onMessage(Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}"))
          .reply(
              Reply.json("{\"payment_url\":\"https://pay.example/checkout/{{json.order_id}}\"}"),
              Reply.json("{\"state\":\"FULFILL\"}"));

  private SuiteSection() {}

  static void run(Results results) throws Exception {
    Stats container = new Stats();
    Stats embedded = new Stats();
    for (int round = 0; round < ROUNDS + 1; round++) {
      long start = System.nanoTime();
      try (MockPaymentsContainer mock =
          new MockPaymentsContainer().withStub(OFFER).withStub(FULFIL)) {
        mock.start();
        payAll(mock, mock.getWebSocketUrl("/payments"));
      }
      double took = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      try (MockPaymentsServer mock =
          MockPaymentsServer.start(ServerSettings.builder().stub(OFFER).stub(FULFIL).build())) {
        payAll(mock, mock.getWebSocketUrl("/payments"));
      }
      if (round > 0) {
        container.add(took);
        embedded.add((System.nanoTime() - start) / 1e6);
      }
    }
    String measure =
        "8. a test class: start the mock, "
            + ORDERS
            + " payment flows of the sample, stop (min / median / max)";
    results.row(new Row(measure, "container", Row.minMedMax(container, "ms"), "", ""));
    results.row(
        new Row(
            measure,
            "embedded",
            Row.minMedMax(embedded, "ms"),
            "embedded: "
                + ReadySection.ratio(embedded.median(), container.median())
                + " of the container",
            ""));
    results.bar("a sample test class, median ms", "container", container.median());
    results.bar("a sample test class, median ms", "embedded", embedded.median());
  }

  private static void payAll(MockPayments mock, URI payments) throws Exception {
    for (int i = 0; i < ORDERS; i++) {
      mock.resetAndCloseConnections();
      OrderRepository orders = new OrderRepository();
      String id = "o-" + i;
      CompletableFuture<Void> fulfilled = new CompletableFuture<>();
      Consumer<Order> listener =
          order -> {
            if (order.id().equals(id) && order.state() == OrderState.FULFILLED) {
              fulfilled.complete(null);
            }
          };
      orders.onChange(listener);
      try (PaymentsClient client =
          new PaymentsClient(payments, new JdkWebSocketTransport(), orders)) {
        client.pay(Order.create(id, new BigDecimal("12.50"), "EUR"));
        fulfilled.get(10, TimeUnit.SECONDS);
      }
    }
  }
}
