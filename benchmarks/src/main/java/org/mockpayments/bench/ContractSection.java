package org.mockpayments.bench;

import java.time.Duration;
import org.mockpayments.client.Match;
import org.mockpayments.server.MockPaymentsServer;
import org.mockpayments.testsupport.TestSocket;

/**
 * What checking frames against an AsyncAPI document adds to an await: the same JSON frames awaited
 * in-process with no document, and with one whose schema every frame is checked against: two
 * servers, sample by sample, taking turns going first, so that warm-up and drift fall on both
 * alike.
 */
final class ContractSection {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final int WARM_UP = 500;
  private static final int ROUNDS = 3_000;
  private static final String DOCUMENT =
      """
      asyncapi: 3.0.0
      info: {title: Orders, version: '1'}
      channels:
        orders:
          address: /orders
          messages:
            order:
              payload:
                type: object
                required: [type, order_id, amount, currency, items]
                additionalProperties: false
                properties:
                  type: {const: order}
                  order_id: {type: string, pattern: '^o-[0-9]+$'}
                  amount: {type: number, exclusiveMinimum: 0}
                  currency: {type: string, pattern: '^[A-Z]{3}$'}
                  placed_at: {type: string, format: date-time}
                  items:
                    type: array
                    minItems: 1
                    items:
                      type: object
                      required: [sku, qty]
                      properties:
                        sku: {type: string}
                        qty: {type: integer, minimum: 1}
      operations:
        receiveOrder:
          action: receive
          channel: {$ref: '#/channels/orders'}
          messages: [{$ref: '#/channels/orders/messages/order'}]
      """;

  private ContractSection() {}

  static void run(Results results) {
    Stats plain = new Stats();
    Stats checked = new Stats();
    try (MockPaymentsServer withoutDocument = MockPaymentsServer.start();
        MockPaymentsServer withDocument = MockPaymentsServer.start()) {
      withDocument.loadAsyncApi(DOCUMENT);
      TestSocket plainClient = connect(withoutDocument);
      TestSocket checkedClient = connect(withDocument);
      for (int i = 0; i < WARM_UP + ROUNDS; i++) {
        boolean counted = i >= WARM_UP;
        if (i % 2 == 0) {
          await(withoutDocument, plainClient, i, counted ? plain : null);
          await(withDocument, checkedClient, i, counted ? checked : null);
        } else {
          await(withDocument, checkedClient, i, counted ? checked : null);
          await(withoutDocument, plainClient, i, counted ? plain : null);
        }
      }
      plainClient.socket().abort();
      checkedClient.socket().abort();
      if (!withDocument.contractViolations().isEmpty()) {
        throw new IllegalStateException(
            "the bench's frames broke its own document: "
                + withDocument.contractViolations().get(0));
      }
    }
    String measure =
        "7. await latency in-process with every frame checked against an AsyncAPI schema (p50 /"
            + " p99, n="
            + ROUNDS
            + ")";
    double ratio = checked.median() / plain.median();
    results.row(
        new Row(
            measure,
            "with the document",
            Row.fmt(checked.median()) + " / " + Row.fmt(checked.percentile(99)) + " ms",
            "p50 <= 1.1x without: " + ReadySection.ratio(checked.median(), plain.median()),
            Row.verdict(ratio <= 1.1)));
    results.row(
        new Row(
            measure,
            "without",
            Row.fmt(plain.median()) + " / " + Row.fmt(plain.percentile(99)) + " ms",
            "",
            ""));
  }

  private static TestSocket connect(MockPaymentsServer server) {
    TestSocket client = TestSocket.connect(server.getWebSocketUrl("/orders"));
    server.awaitConnections(1, WAIT);
    return client;
  }

  /** One frame sent and awaited; counted in {@code stats} unless it is null (warm-up). */
  private static void await(MockPaymentsServer server, TestSocket client, int i, Stats stats) {
    String text =
        "{\"type\":\"order\",\"order_id\":\"o-"
            + i
            + "\",\"amount\":42.5,\"currency\":\"EUR\",\"placed_at\":\"2025-01-01T12:00:00Z\","
            + "\"items\":[{\"sku\":\"a-1\",\"qty\":2},{\"sku\":\"b-7\",\"qty\":1}]}";
    long start = System.nanoTime();
    client.send(text);
    server.awaitFrame(Match.equalTo(text), WAIT);
    if (stats != null) {
      stats.add((System.nanoTime() - start) / 1e6);
    }
  }
}
