package org.mockpayments.client;

/**
 * Stubs files that play the server side of a protocol, shipped in this jar and in the image. Load
 * one at start: {@code withStubsFromClasspath(Recipes.STOMP)} on the container, {@code
 * ServerSettings.builder().stubsFromClasspath(Recipes.STOMP)} in-process, or {@code
 * MOCK_STUBS_FILE=/recipes/stomp-1.2.json} for the image. Their generic answers have priority 9, so
 * a test's own stubs come first. What each does, and what is left to test code: {@code
 * docs/recipes/README.md}.
 */
public final class Recipes {
  /**
   * STOMP 1.2: CONNECTED with heart-beats as the client asks, RECEIPT for any receipt, SUBSCRIBE
   * remembered as {@code {{var.subscription}}}, SEND echoed as a MESSAGE to it, ERROR and a close
   * for anything else.
   */
  public static final String STOMP = "org/mockpayments/recipes/stomp-1.2.json";

  /**
   * GraphQL over WebSocket ({@code graphql-transport-ws}): init and ack, ping and pong,
   * subscriptions streamed until the client completes them, the protocol's close codes.
   */
  public static final String GRAPHQL_TRANSPORT_WS =
      "org/mockpayments/recipes/graphql-transport-ws.json";

  /**
   * Socket.IO v4 over WebSocket (Engine.IO 4): the open packet, namespace connects, acks for any
   * id, pings.
   */
  public static final String SOCKET_IO = "org/mockpayments/recipes/socket.io-v4.json";

  /**
   * JSON-RPC 2.0: ids echoed with their type, notifications unanswered, batches, the protocol's
   * errors, and an {@code echo} method.
   */
  public static final String JSON_RPC = "org/mockpayments/recipes/json-rpc-2.0.json";

  /**
   * Phoenix Channels with the V2 JSON serializer ({@code [join_ref, ref, topic, event, payload]}):
   * joins and leaves answered {@code ok} with both refs copied, heartbeats on {@code phoenix}
   * answered, any other push answered {@code ok}. A test refuses a join, pushes to a topic and
   * closes one itself: see {@code docs/recipes/phoenix-channels.md}.
   */
  public static final String PHOENIX_CHANNELS = "org/mockpayments/recipes/phoenix-channels-v2.json";

  /**
   * OCPP 1.6J, the central system's side: the {@code ocpp1.6} subprotocol; BootNotification
   * accepted with the current time and a 300 s interval; Heartbeat, Authorize, StartTransaction
   * (transaction ids 1, 2, ...), StopTransaction, StatusNotification and MeterValues answered; any
   * other action a NotImplemented CALLERROR; the charger's own results taken quietly. See {@code
   * docs/recipes/ocpp-1.6j.md}.
   */
  public static final String OCPP_16J = "org/mockpayments/recipes/ocpp-1.6j.json";

  private Recipes() {}
}
