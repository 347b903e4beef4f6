package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.jsonrpc4j.JsonRpcBasicServer;
import com.googlecode.jsonrpc4j.JsonRpcClient;
import com.googlecode.jsonrpc4j.JsonRpcClientException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * The JSON-RPC 2.0 recipe, with jsonrpc4j writing the requests and reading the responses over a
 * WebSocket, and a plain client for the shapes jsonrpc4j does not send (number and null ids,
 * batches, malformed requests).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JsonRpcRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.JSON_RPC).build());

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonRpcClient rpc = new JsonRpcClient(mapper);

  private TestSocket connect() {
    return TestSocket.connect(payments.getWebSocketUrl("/rpc"));
  }

  /** Calls {@code method} through jsonrpc4j: one request frame out, one response frame in. */
  private <T> T call(TestSocket socket, String method, Object params, Class<T> type, String id)
      throws Throwable {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    InputStream response =
        new InputStream() {
          private InputStream frame;

          @Override
          public int read() throws IOException {
            if (frame == null) {
              socket.send(request.toString(StandardCharsets.UTF_8));
              frame = new ByteArrayInputStream(socket.nextText().getBytes(StandardCharsets.UTF_8));
            }
            return frame.read();
          }
        };
    return rpc.invokeAndReadResponse(method, params, type, request, response, id);
  }

  @Test
  void theEchoMethodAnswersWithItsParamsAndTheIdOfTheRequest() throws Throwable {
    TestSocket socket = connect();
    assertThat(call(socket, "echo", List.of(1, "two"), List.class, "7")).containsExactly(1, "two");
    payments.latest().awaitFrame(Match.jsonSubset("{\"id\":\"7\",\"method\":\"echo\"}"), WAIT);
  }

  @Test
  void anUnknownMethodIsAMethodNotFoundError() {
    TestSocket socket = connect();
    JsonRpcClientException error =
        catchThrowableOfType(
            () -> call(socket, "sum", List.of(1, 2), Integer.class, "1"),
            JsonRpcClientException.class);
    assertThat(error.getCode()).isEqualTo(-32601);
    assertThat(error).hasMessageContaining("Method not found: sum");
  }

  @Test
  void aTestsOwnStubAnswersItsMethodAheadOfTheRecipe() throws Throwable {
    payments.addStub(
        Stub.onMessage(Match.jsonSubset("{\"method\":\"sum\"}").and(Match.jsonHas("id")))
            .reply(Reply.json("{\"jsonrpc\":\"2.0\",\"id\":\"{{json.id}}\",\"result\":42}")));
    assertThat(call(connect(), "sum", List.of(40, 2), Integer.class, "s-1")).isEqualTo(42);
  }

  @Test
  void idsKeepTheirTypeAndNotificationsGetNoAnswer() throws Throwable {
    TestSocket socket = connect();
    ByteArrayOutputStream notification = new ByteArrayOutputStream();
    rpc.invokeNotification("log", List.of("started"), notification);
    socket.send(notification.toString(StandardCharsets.UTF_8));
    socket.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[1],\"id\":5}");
    assertThat(socket.nextText())
        .as("the notification got nothing: the first answer is the request's")
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":[1]}");
    socket.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[2],\"id\":null}");
    assertThat(socket.nextText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":[2]}");
  }

  @Test
  void aBatchGetsOneResponsePerRequestAndABatchOfNotificationsNone() {
    TestSocket socket = connect();
    socket.send(
        "[{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"id\":1},{\"jsonrpc\":\"2.0\",\"method\":\"note\"},"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"b\",\"id\":\"two\"}]");
    assertThat(socket.nextText())
        .isEqualTo(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"Method not"
                + " found: a\"}},{\"jsonrpc\":\"2.0\",\"id\":\"two\",\"error\":{\"code\":-32601,"
                + "\"message\":\"Method not found: b\"}}]");
    socket.send(
        "[{\"jsonrpc\":\"2.0\",\"method\":\"note\"},{\"jsonrpc\":\"2.0\",\"method\":\"x\"}]");
    socket.send("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[3],\"id\":3}");
    assertThat(socket.nextText()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":[3]}");
  }

  @Test
  void malformedRequestsGetTheProtocolsErrors() {
    TestSocket socket = connect();
    socket.send("{not json");
    assertThat(socket.nextText()).contains("\"id\":null").contains("\"code\":-32700");
    socket.send("{\"method\":1}");
    assertThat(socket.nextText()).contains("\"id\":null").contains("\"code\":-32600");
    socket.send("[]");
    assertThat(socket.nextText()).contains("\"code\":-32600").contains("empty batch");
  }

  /** What the Orders client answers when the server calls it. */
  public interface OrderCallbacks {
    /** The server tells the client an order changed. */
    String orderUpdated(String order, String state);
  }

  @Test
  void testCodeCallsAMethodOnTheClientAndTheClientsAnswerIsTakenQuietly() throws Throwable {
    TestSocket socket = connect();
    MockConnection connection = payments.awaitConnection(WAIT);
    connection.sendJson(
        "{\"jsonrpc\":\"2.0\",\"method\":\"orderUpdated\",\"params\":[\"o-1\",\"PAID\"],\"id\":\"srv-1\"}");

    OrderCallbacks callbacks = (order, state) -> order + " is " + state;
    JsonRpcBasicServer clientSide = new JsonRpcBasicServer(mapper, callbacks, OrderCallbacks.class);
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    clientSide.handleRequest(
        new ByteArrayInputStream(socket.nextText().getBytes(StandardCharsets.UTF_8)), answer);
    socket.send(answer.toString(StandardCharsets.UTF_8));

    connection.awaitFrame(Match.jsonSubset("{\"id\":\"srv-1\",\"result\":\"o-1 is PAID\"}"), WAIT);
    Journal.assertNoneSent(payments, text -> text.contains("error"), Duration.ofMillis(300));
  }
}
