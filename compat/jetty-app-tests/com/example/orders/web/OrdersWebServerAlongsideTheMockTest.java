package com.example.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.PaymentsConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.server.MockPaymentsServerExtension;

/**
 * An application served by its own Jetty tests its Payments client against the embedded mock in
 * the same JVM: each keeps its own Jetty, and both serve.
 */
@Timeout(60)
class OrdersWebServerAlongsideTheMockTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments = MockPaymentsServerExtension.create();

  @Test
  void theApplicationsJettyAndTheEmbeddedMockServeSideBySide() throws Exception {
    try (OrdersWebServer web = OrdersWebServer.start();
        PaymentsConnection orders = PaymentsConnection.open(payments.getWebSocketUrl("/pay"))) {
      HttpResponse<String> front =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(web.uri()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(front.body()).isEqualTo("orders: up on Jetty " + OrdersWebServer.jettyVersion());
      System.out.println("The application's own Jetty: " + OrdersWebServer.jettyVersion());

      orders.startPayment("o-1");
      MockConnection conn = payments.awaitConnection(WAIT);
      conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true,\"order_id\":\"o-1\"}"), WAIT);
      conn.sendJson("{\"payment_methods\":[\"credit_card\"]}");
      conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}"), WAIT);
      conn.sendJson("{\"state\":\"FULFILL\"}");
      assertThat(orders.fulfilled()).succeedsWithin(WAIT).isEqualTo("o-1");
    }
  }
}
