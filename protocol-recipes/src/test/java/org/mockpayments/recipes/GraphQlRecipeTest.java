package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Recipes;
import org.mockpayments.client.Reply;
import org.mockpayments.client.Stub;
import org.mockpayments.server.MockPaymentsServerExtension;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.testsupport.TestSocket;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The graphql-transport-ws recipe played against Spring GraphQL's WebSocketGraphQlClient; the data
 * of a query comes from a stub of the test's own, as a user would add it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GraphQlRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.GRAPHQL_TRANSPORT_WS).build());

  private WebSocketGraphQlClient client;

  private WebSocketGraphQlClient client(Duration keepAlive) {
    URI url = payments.getWebSocketUrl("/graphql");
    WebSocketGraphQlClient.Builder<?> builder =
        WebSocketGraphQlClient.builder(url, new ReactorNettyWebSocketClient());
    if (keepAlive != null) {
      builder.keepAlive(keepAlive);
    }
    client = builder.build();
    return client;
  }

  @AfterEach
  void stopClient() {
    if (client != null) {
      client.stop().block(WAIT);
    }
  }

  @Test
  void aQueryIsAnsweredByTheTestsOwnStubAheadOfTheRecipe() {
    payments.addStub(
        Stub.onMessage(Match.jsonSubset("{\"type\":\"subscribe\"}").and(Match.contains("greeting")))
            .reply(
                Reply.json(
                    "{\"id\":\"{{json.id}}\",\"type\":\"next\",\"payload\":{\"data\":{\"greeting\":\"Hello,"
                        + " {{var.connectionParams.user}}\"}}}"),
                Reply.json("{\"id\":\"{{json.id}}\",\"type\":\"complete\"}")));
    WebSocketGraphQlClient.Builder<?> builder =
        WebSocketGraphQlClient.builder(
            payments.getWebSocketUrl("/graphql"), new ReactorNettyWebSocketClient());
    client =
        builder
            .interceptor(
                new WebSocketGraphQlClientInterceptor() {
                  @Override
                  public Mono<Object> connectionInitPayload() {
                    return Mono.just(Map.of("user", "ann"));
                  }
                })
            .build();

    String greeting =
        client.document("{ greeting }").retrieve("greeting").toEntity(String.class).block(WAIT);
    assertThat(greeting).isEqualTo("Hello, ann");
    assertThat(payments.latest().info().subprotocol()).isEqualTo("graphql-transport-ws");
  }

  @Test
  void aQueryNoStubAnswersFailsWithASentenceThatSaysSo() {
    Throwable failure =
        catchThrowable(
            () ->
                client(null)
                    .document("{ unknownField }")
                    .retrieve("unknownField")
                    .toEntity(String.class)
                    .block(WAIT));
    assertThat(failure).hasMessageContaining("mock-payments: no stub answers this operation");
  }

  @Test
  void aSubscriptionStreamsUntilTheClientCompletesIt() {
    List<Integer> ticks =
        client(null)
            .document("subscription { ticks }")
            .retrieveSubscription("ticks")
            .toEntity(Integer.class)
            .take(3)
            .collectList()
            .block(WAIT);
    assertThat(ticks).containsExactly(1, 2, 3);

    MockConnection connection = payments.latest();
    String id = connection.info().variable("subscription");
    connection.awaitFrame(Match.jsonSubset("{\"type\":\"complete\",\"id\":\"" + id + "\"}"), WAIT);
    Journal.assertNoneSent(payments, text -> text.contains("\"next\""), Duration.ofMillis(1200));
  }

  @Test
  void testCodePushesANextMessageToTheRunningSubscription() throws Exception {
    BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
    Disposable subscription =
        client(null)
            .document("subscription { ticks }")
            .retrieveSubscription("ticks")
            .toEntity(Integer.class)
            .subscribe(received::add);
    try {
      MockConnection connection = payments.awaitConnection(WAIT);
      connection.awaitFrame(Match.jsonSubset("{\"type\":\"subscribe\"}"), WAIT);
      String id = connection.info().variable("subscription");
      connection.sendJson(
          "{\"id\":\"" + id + "\",\"type\":\"next\",\"payload\":{\"data\":{\"ticks\":99}}}");
      Integer value;
      do {
        value = received.poll(5, TimeUnit.SECONDS);
        assertThat(value).as("the pushed 99 within 5 s").isNotNull();
      } while (value != 99);
    } finally {
      subscription.dispose();
    }
  }

  @Test
  void pingsAreAnsweredWithPongs() {
    client(Duration.ofMillis(100))
        .document("subscription { ticks }")
        .retrieveSubscription("ticks")
        .toEntity(Integer.class)
        .take(1)
        .blockLast(WAIT);
    MockConnection connection = payments.latest();
    connection.awaitFrame(Match.jsonSubset("{\"type\":\"ping\"}"), WAIT);
    Journal.awaitSent(payments, "{\"type\":\"pong\"}"::equals, 1);
  }

  @Test
  void theProtocolsCloseCodesTellAClientWhatItDidWrong() {
    TestSocket noSubprotocol = TestSocket.connect(payments.getWebSocketUrl("/graphql"));
    assertThat(noSubprotocol.awaitClosed().code())
        .as("no graphql-transport-ws offered")
        .isEqualTo(4406);

    TestSocket early =
        TestSocket.connectWithSubprotocols(
            payments.getWebSocketUrl("/graphql"), List.of("graphql-transport-ws"));
    early.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ a }\"}}");
    assertThat(early.awaitClosed().code()).as("subscribe before connection_ack").isEqualTo(4401);

    TestSocket twice =
        TestSocket.connectWithSubprotocols(
            payments.getWebSocketUrl("/graphql"), List.of("graphql-transport-ws"));
    twice.send("{\"type\":\"connection_init\"}");
    assertThat(twice.nextText()).isEqualTo("{\"type\":\"connection_ack\"}");
    twice.send("{\"type\":\"connection_init\"}");
    assertThat(twice.awaitClosed().code()).isEqualTo(4429);

    TestSocket nonsense =
        TestSocket.connectWithSubprotocols(
            payments.getWebSocketUrl("/graphql"), List.of("graphql-transport-ws"));
    nonsense.send("hello");
    assertThat(nonsense.awaitClosed().code()).isEqualTo(4400);
  }
}
