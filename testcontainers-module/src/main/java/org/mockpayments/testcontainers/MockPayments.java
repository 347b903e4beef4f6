package org.mockpayments.testcontainers;

import java.time.Duration;
import java.util.List;

/**
 * Everything a test does with the mock Payments server: await the client's connections, push
 * frames to it, assert on the frames it sent, and script canned replies.
 *
 * <p>Implemented by {@link MockPaymentsClient} and, delegating to its client, by {@link
 * MockPaymentsContainer}, so a test can call these methods on the container itself:
 *
 * <pre>{@code
 * client.connect(payments.getWebSocketUrl("/payments"));
 * MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
 * payments.awaitFrame(Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}"), Duration.ofSeconds(5));
 * conn.sendJson("{\"state\":\"FULFILL\"}");
 * }</pre>
 *
 * <p>Awaits wait on the server (long-poll), never by sleeping, and behave like a mailbox: each
 * connection and each frame is handed out once. A timed-out await throws an {@link AssertionError}
 * that says what was awaited and lists what did arrive; any other refusal of the server is a {@link
 * MockPaymentsException}.
 */
public interface MockPayments {
  /**
   * The next connection not yet returned by an await, as soon as it has opened.
   *
   * @throws AssertionError if none opens within {@code timeout}
   */
  MockConnection awaitConnection(Duration timeout);

  /**
   * The next {@code count} connections not yet returned by an await, in order of opening.
   *
   * @throws AssertionError if fewer open within {@code timeout}
   */
  List<MockConnection> awaitConnections(int count, Duration timeout);

  /** Every connection the server lists, open or closed, in order of opening. */
  List<ConnectionInfo> connections();

  /** The connection with this id, such as {@code c1}; not checked until used. */
  MockConnection connection(String id);

  /**
   * The most recently opened connection that is still open.
   *
   * @throws MockPaymentsException if no connection is open
   */
  MockConnection latest();

  /** Sends a text frame to every open connection; returns how many there were. */
  int broadcastText(String text);

  /** Sends {@code json} compactly as a text frame to every open connection; returns how many. */
  int broadcastJson(String json);

  /** Sends a binary frame to every open connection; returns how many there were. */
  int broadcastBinary(byte[] bytes);

  /** The whole journal: every frame in both directions, including pings, pongs and closes. */
  List<Frame> frames();

  /** The text and binary frames the clients sent, oldest first. */
  List<Frame> receivedFrames();

  /**
   * The first frame from any client that fits {@code match} and was not returned by an earlier
   * await, as soon as it arrives. Successive calls with the same match return successive frames.
   *
   * @throws AssertionError if none arrives within {@code timeout}, listing what did arrive
   */
  Frame awaitFrame(Match match, Duration timeout);

  /**
   * Passes if no client sends a frame that fits {@code match} (and was not returned by an await)
   * within {@code duration}; this waits the whole duration when all is well.
   *
   * @throws AssertionError naming the frame that did arrive
   */
  void refuteFrame(Match match, Duration duration);

  /** Adds a stub, which a {@link #reset()} removes; returns it as the server lists it. */
  StubInfo addStub(Stub stub);

  /** The stubs in the order they fire, with how often each has fired. */
  List<StubInfo> stubs();

  /** Removes one stub by id. */
  void removeStub(String id);

  /** Removes every stub, those given at start included (a reset brings those back). */
  void removeAllStubs();

  /** Adds a rule that refuses WebSocket upgrades (a reset removes it); returns its id. */
  String rejectHandshakes(Rejection rule);

  /** Removes one rejection rule by id. */
  void removeRejection(String id);

  /** The upgrades refused so far, oldest first. */
  List<RejectedAttempt> rejectedHandshakes();

  /** Every client, grouped by {@code identity}, with its connections and the intervals between them. */
  List<ClientHistory> clients(ClientIdentity identity);

  /**
   * One client's history.
   *
   * @throws AssertionError if no connection carried that identity
   */
  ClientHistory client(ClientIdentity identity, String value);

  /**
   * The whole conversation since start or reset as JSON Lines, in time order: connections opening
   * and closing, frames in both directions, refused upgrades.
   */
  String transcript();

  /**
   * Clears the journal, forgets closed connections, removes stubs added with {@link #addStub} and
   * restores those the server started with. Open connections stay open; awaits start afresh.
   */
  void reset();

  /** Like {@link #reset()}, but first closes every open connection with 1001 and waits for it. */
  void resetAndCloseConnections();
}
