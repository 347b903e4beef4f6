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

  /**
   * MQTT 3.1.1 over WebSocket, the broker's side: the {@code mqtt} subprotocol; packets rejoined
   * from however the client splits them over frames; CONNECT answered by CONNACK (the client id
   * remembered as {@code clientId}), SUBSCRIBE to one topic filter by a SUBACK granting its QoS,
   * UNSUBSCRIBE by UNSUBACK, PUBLISH at QoS 1 by PUBACK and at QoS 2 by PUBREC then PUBCOMP,
   * PINGREQ by PINGRESP, each with the packet's identifier. A test pushes a PUBLISH itself: see
   * {@code docs/recipes/mqtt-3.1.1.md}.
   */
  public static final String MQTT_311 = "org/mockpayments/recipes/mqtt-3.1.1.json";

  /**
   * SignalR's JSON hub protocol, the hub's side: the handshake answered (other protocols refused
   * with an error), the connection's text then read as records ended by {@code \u001e}, each
   * answered on its own; an invocation with arguments completed with its first argument as the
   * result, one without with a null result, a stream invocation with an error that says to stub it;
   * a ping every 15 s, as a real hub sends. Clients connect with negotiation skipped. A test pushes
   * invocations and a close itself: see {@code docs/recipes/signalr.md}.
   */
  public static final String SIGNALR_JSON = "org/mockpayments/recipes/signalr-json.json";

  private Recipes() {}
}
