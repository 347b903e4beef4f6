package org.mockpayments.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a test does with the mock Payments server: await the client's connections, push frames
 * to it, assert on the frames it sent, and script canned replies.
 *
 * <p>Implemented by {@link MockPaymentsClient}, and by the container ({@code
 * MockPaymentsContainer}) and the embedded server ({@code MockPaymentsServer}) through their {@link
 * #client()}, so test code written against this interface runs unchanged against any of them:
 *
 * <pre>{@code
 * client.connect(payments.getWebSocketUrl("/payments"));
 * MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
 * payments.awaitFrame(Match.jsonSubset("{\"initiate_payment\":\"credit_card\"}"), Duration.ofSeconds(5));
 * conn.sendJson("{\"state\":\"FULFILL\"}");
 * }</pre>
 *
 * <p>How failures are reported, one rule for every method:
 *
 * <ul>
 *   <li>A method named {@code await...} or {@code assert...} whose condition does not hold throws
 *       an {@link AssertionError} that says what was expected and lists what did happen.
 *   <li>Any other refusal of the server (an unknown connection, stub or client, a closed
 *       connection, an invalid pattern) is a {@link MockPaymentsException} carrying the server's
 *       status, error code and sentence; "not found" is always status 404.
 *   <li>A server that cannot be reached, or a wait that is interrupted, is a {@link
 *       MockPaymentsTransportException}.
 * </ul>
 *
 * <p>Awaits wait on the server (long-poll), never by sleeping, and behave like a mailbox: each
 * connection and each frame is handed out once.
 */
public interface MockPayments {
  /** The control client every other method goes through. */
  MockPaymentsClient client();

  /**
   * The next connection not yet returned by an await, as soon as it has opened.
   *
   * @throws AssertionError if none opens within {@code timeout}
   */
  default MockConnection awaitConnection(Duration timeout) {
    return client().awaitConnection(timeout);
  }

  /**
   * The next {@code count} connections not yet returned by an await, in order of opening.
   *
   * @throws AssertionError if fewer open within {@code timeout}
   */
  default List<MockConnection> awaitConnections(int count, Duration timeout) {
    return client().awaitConnections(count, timeout);
  }

  /** Every connection the server lists, open or closed, in order of opening. */
  default List<ConnectionInfo> connections() {
    return client().connections();
  }

  /** A handle on the connection with this id, such as {@code c1}; not checked until used. */
  default MockConnection connection(String id) {
    return client().connection(id);
  }

  /**
   * The most recently opened connection that is still open.
   *
   * @throws MockPaymentsException (404) if no connection is open
   */
  default MockConnection latest() {
    return client().latest();
  }

  /** Sends a text frame to every open connection; returns how many there were. */
  default int broadcastText(String text) {
    return client().broadcastText(text);
  }

  /**
   * Sends {@code json} compactly as a text frame to every open connection; returns how many.
   *
   * @throws IllegalArgumentException if {@code json} is not valid JSON
   */
  default int broadcastJson(String json) {
    return client().broadcastJson(json);
  }

  /** Sends a binary frame to every open connection; returns how many there were. */
  default int broadcastBinary(byte[] bytes) {
    return client().broadcastBinary(bytes);
  }

  /** The whole journal: every frame in both directions, including pings, pongs and closes. */
  default List<Frame> frames() {
    return client().frames();
  }

  /** The text and binary frames the clients sent, oldest first. */
  default List<Frame> receivedFrames() {
    return client().receivedFrames();
  }

  /**
   * The first frame from any client that fits {@code match} and was not returned by an earlier
   * await, as soon as it arrives. Successive calls with the same match return successive frames.
   *
   * @throws AssertionError if none arrives within {@code timeout}, listing every frame since the
   *     last reset, the ones earlier awaits took marked as taken
   */
  default Frame awaitFrame(Match match, Duration timeout) {
    return client().awaitFrame(match, timeout);
  }

  /**
   * Passes if no client sends a frame that fits {@code match} (and was not returned by an await)
   * within {@code duration}; this waits the whole duration when all is well.
   *
   * @throws AssertionError naming the frame that did arrive
   */
  default void assertNoFrame(Match match, Duration duration) {
    client().assertNoFrame(match, duration);
  }

  /** Adds a stub, which a {@link #reset()} removes; returns it as the server lists it. */
  default StubInfo addStub(Stub stub) {
    return client().addStub(stub);
  }

  /** The stubs in the order they fire, with how often each has fired. */
  default List<StubInfo> stubs() {
    return client().stubs();
  }

  /**
   * Removes one stub by id; replies it has not sent yet are cancelled.
   *
   * @throws MockPaymentsException (404) if there is no such stub
   */
  default void removeStub(String id) {
    client().removeStub(id);
  }

  /** Removes every stub, those given at start included (a reset brings those back). */
  default void removeAllStubs() {
    client().removeAllStubs();
  }

  /** Adds a rule that refuses WebSocket upgrades (a reset removes it); returns its id. */
  default String rejectHandshakes(Rejection rule) {
    return client().rejectHandshakes(rule);
  }

  /**
   * Removes one rejection rule by id.
   *
   * @throws MockPaymentsException (404) if there is no such rule
   */
  default void removeRejection(String id) {
    client().removeRejection(id);
  }

  /** The upgrades refused so far, oldest first. */
  default List<RejectedAttempt> rejectedHandshakes() {
    return client().rejectedHandshakes();
  }

  /**
   * Forwards connections to a real server from now on (a reset removes it); returns its id. See
   * {@link ProxyTarget}.
   */
  default String addProxyTarget(ProxyTarget target) {
    return client().addProxyTarget(target);
  }

  /**
   * Removes one proxy target added with {@link #addProxyTarget}.
   *
   * @throws MockPaymentsException (404) if there is no such target
   */
  default void removeProxyTarget(String id) {
    client().removeProxyTarget(id);
  }

  /**
   * What the proxied connections carried since the last reset, as a stubs file (a JSON array) that
   * replays the target's side: save it, edit it, load it with {@code withStubsFile}.
   */
  default String recording() {
    return client().recording();
  }

  /**
   * Writes {@link #recording()} to {@code file}, ready for {@code withStubsFile} or {@code
   * MOCK_STUBS_FILE}.
   *
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  default void saveRecording(Path file) {
    client().saveRecording(file);
  }

  /** Like {@link #recording()}, for the connections on {@code path} only. */
  default String recording(String path) {
    return client().recording(path);
  }

  /**
   * Every client, told apart by {@code identity}, with its connections and the intervals between
   * them.
   */
  default List<ClientHistory> clientHistories(ClientIdentity identity) {
    return client().clientHistories(identity);
  }

  /**
   * The history of the client whose {@code identity} is {@code value}, such as the order {@code
   * o-7}.
   *
   * @throws MockPaymentsException (404) if no connection carried that identity, naming those seen
   */
  default ClientHistory clientHistory(ClientIdentity identity, String value) {
    return client().clientHistory(identity, value);
  }

  /**
   * The whole conversation since start or reset as JSON Lines, in order: connections opening and
   * closing, frames in both directions, refused upgrades.
   */
  default String transcript() {
    return client().transcript();
  }

  /**
   * Plays an AsyncAPI document (YAML or JSON, 3.0 or 2.0 to 2.6) as the application it describes,
   * in place of the one before: its replies become stubs, ranked after the test's own, and every
   * frame is checked against it. A {@link #reset()} removes it.
   *
   * @return the document's warnings, such as examples that break their own schema
   * @throws MockPaymentsException (400) naming what is wrong with the document and where
   */
  default List<String> loadAsyncApi(String document) {
    return loadAsyncApi(document, AsyncApiPerspective.SERVER);
  }

  /** As {@link #loadAsyncApi(String)}, playing the side {@code perspective} names. */
  default List<String> loadAsyncApi(String document, AsyncApiPerspective perspective) {
    return client().loadAsyncApi(document, perspective);
  }

  /**
   * Stops playing the AsyncAPI document: its stubs are removed and frames are no longer checked.
   *
   * @throws MockPaymentsException (404) if none is loaded
   */
  default void removeAsyncApi() {
    client().removeAsyncApi();
  }

  /**
   * The frames and upgrades that broke the AsyncAPI document since the last reset, oldest first:
   * the client's ({@link ContractViolation#isError()}) and the mock's own.
   */
  default List<ContractViolation> contractViolations() {
    return client().contractViolations();
  }

  /**
   * Asserts that the client has not broken the AsyncAPI document since the last reset.
   *
   * @throws AssertionError listing each violation with the JSON pointer of its fault
   */
  default void assertNoContractViolations() {
    client().assertNoContractViolations();
  }

  /**
   * Clears the journal, forgets closed connections, removes stubs added with {@link #addStub},
   * cancels replies not yet sent and restores the stubs the server started with. Open connections
   * stay open; awaits start afresh.
   */
  default void reset() {
    client().reset();
  }

  /** Like {@link #reset()}, but first closes every open connection with 1001 and waits for it. */
  default void resetAndCloseConnections() {
    client().resetAndCloseConnections();
  }
}
