package org.mockpayments.testcontainers;

import com.google.gson.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The typed client of the mock server's control API. {@link MockPaymentsContainer} makes one for
 * you; build one yourself for a server started by hand:
 *
 * <pre>{@code
 * // docker run -p 8080:8080 -p 8081:8081 mock-payments-server
 * MockPayments payments = new MockPaymentsClient(URI.create("http://localhost:8081"));
 * MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Thread-safe: one client may be shared by a whole test class; it keeps the mailbox state of its
 * awaits (which connections and frames it already handed out), which {@link #reset()} clears.
 * Needs only the JDK's HTTP client and Gson.
 */
public final class MockPaymentsClient implements MockPayments {
  private final ControlHttp http;
  private final FrameMailbox mailbox;
  private final Set<String> handedOut = new HashSet<>();
  private int handedOutSinceReset;

  /** A client of the control API at {@code controlUrl}, such as {@code http://localhost:8081}. */
  public MockPaymentsClient(URI controlUrl) {
    this(controlUrl, null);
  }

  /**
   * A client of a control API started with {@code MOCK_CONTROL_TOKEN}: every request carries
   * {@code Authorization: Bearer <controlToken>}.
   */
  public MockPaymentsClient(URI controlUrl, String controlToken) {
    this.http = new ControlHttp(controlUrl, controlToken);
    this.mailbox = new FrameMailbox(http);
  }

  /**
   * The WebSocket port's certificate as PEM, when the server serves {@code wss://}.
   *
   * @throws MockPaymentsException (404) when it serves plain {@code ws://}
   */
  public String tlsCertificatePem() {
    return http.getText("tls/certificate");
  }

  /** The control API's base URL. */
  public URI controlUrl() {
    return http.base();
  }

  @Override
  public MockConnection awaitConnection(Duration timeout) {
    return awaitNew(1, timeout).get(0);
  }

  @Override
  public List<MockConnection> awaitConnections(int count, Duration timeout) {
    return awaitNew(count, timeout);
  }

  /** The next {@code count} connections not yet handed out, with one long-poll in the usual case. */
  private List<MockConnection> awaitNew(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<MockConnection> found = new ArrayList<>();
    int wanted;
    synchronized (this) {
      wanted = handedOutSinceReset + count;
    }
    while (true) {
      Duration remaining = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      ControlHttp.Answer answer =
          http.get("connections/await?count=" + wanted + "&timeoutMs=" + remaining.toMillis(), remaining);
      if (answer.isTimeout()) {
        throw new AssertionError("Awaited " + (count == 1 ? "a new WebSocket connection" : count + " new WebSocket connections")
            + " for " + timeout.toMillis() + " ms" + (found.isEmpty() ? "" : " but got only " + found) + ": "
            + answer.message() + " Already handed out: " + handedOutIds() + ".");
      }
      for (ConnectionInfo info : Wire.list(answer.ok(), Wire::connection)) {
        if (found.size() < count && handOut(info.id())) {
          found.add(connection(info.id()));
        }
      }
      if (found.size() == count) {
        return found;
      }
      // Someone else reset the server or took connections: wait for as many more as are missing.
      wanted += count - found.size();
    }
  }

  @Override
  public List<ConnectionInfo> connections() {
    return Wire.list(http.get("connections", Duration.ZERO).ok(), Wire::connection);
  }

  @Override
  public MockConnection connection(String id) {
    return new MockConnection(id, http, mailbox);
  }

  @Override
  public MockConnection latest() {
    List<ConnectionInfo> open = connections().stream().filter(ConnectionInfo::open).toList();
    if (open.isEmpty()) {
      throw new MockPaymentsException(404, "not_found", "There is no open connection, so there is no latest one.");
    }
    return connection(open.get(open.size() - 1).id());
  }

  @Override
  public int broadcastText(String text) {
    JsonObject body = new JsonObject();
    body.addProperty("text", text);
    return broadcast(body);
  }

  @Override
  public int broadcastJson(String json) {
    JsonObject body = new JsonObject();
    body.add("json", Wire.parse(json, "broadcastJson"));
    return broadcast(body);
  }

  @Override
  public int broadcastBinary(byte[] bytes) {
    JsonObject body = new JsonObject();
    body.addProperty("binary", java.util.Base64.getEncoder().encodeToString(bytes));
    return broadcast(body);
  }

  @Override
  public List<Frame> frames() {
    return Wire.list(http.get("frames", Duration.ZERO).ok(), Wire::frame);
  }

  @Override
  public List<Frame> receivedFrames() {
    return Wire.list(http.get("frames?direction=in", Duration.ZERO).ok(), Wire::frame).stream()
        .filter(frame -> frame.type() == Frame.Type.TEXT || frame.type() == Frame.Type.BINARY)
        .toList();
  }

  @Override
  public Frame awaitFrame(Match match, Duration timeout) {
    return mailbox.take(null, match, timeout);
  }

  @Override
  public void refuteFrame(Match match, Duration duration) {
    mailbox.refute(null, match, duration);
  }

  @Override
  public StubInfo addStub(Stub stub) {
    return Wire.stub(http.post("stubs", stub.toJson()).ok());
  }

  @Override
  public List<StubInfo> stubs() {
    return Wire.list(http.get("stubs", Duration.ZERO).ok(), Wire::stub);
  }

  @Override
  public void removeStub(String id) {
    http.delete("stubs/" + id).ok();
  }

  @Override
  public void removeAllStubs() {
    http.delete("stubs").ok();
  }

  @Override
  public String rejectHandshakes(Rejection rule) {
    return http.post("handshake-rejections", rule.toJson()).ok().getAsJsonObject().get("id").getAsString();
  }

  @Override
  public void removeRejection(String id) {
    http.delete("handshake-rejections/" + id).ok();
  }

  @Override
  public List<RejectedAttempt> rejectedHandshakes() {
    return Wire.list(http.get("handshake-rejections/attempts", Duration.ZERO).ok(), Wire::rejectedAttempt);
  }

  @Override
  public List<ClientHistory> clients(ClientIdentity identity) {
    return Wire.list(http.get("clients?identity=" + identity.asQuery(), Duration.ZERO).ok(), Wire::clientHistory);
  }

  @Override
  public ClientHistory client(ClientIdentity identity, String value) {
    List<ClientHistory> clients = clients(identity);
    return clients.stream().filter(client -> client.identity().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError("No connection carried " + identity + " = " + value + "; clients seen: "
            + clients.stream().map(ClientHistory::identity).toList()));
  }

  @Override
  public String transcript() {
    return http.getText("transcript");
  }

  @Override
  public void reset() {
    reset(false);
  }

  @Override
  public void resetAndCloseConnections() {
    reset(true);
  }

  private void reset(boolean closeConnections) {
    JsonObject body = new JsonObject();
    body.addProperty("closeConnections", closeConnections);
    http.post("reset", body, Duration.ofSeconds(5)).ok();
    mailbox.clear();
    List<ConnectionInfo> stillListed = connections();
    synchronized (this) {
      handedOut.clear();
      // Connections still open from before the reset are not new: awaits wait for later ones.
      stillListed.forEach(info -> handedOut.add(info.id()));
      handedOutSinceReset = 0;
    }
  }

  private int broadcast(JsonObject body) {
    return http.post("connections/all/send", body).ok().getAsJsonObject().get("sent").getAsInt();
  }

  private synchronized boolean handOut(String id) {
    if (!handedOut.add(id)) {
      return false;
    }
    handedOutSinceReset++;
    return true;
  }

  private synchronized List<String> handedOutIds() {
    return handedOut.stream().sorted().toList();
  }

  /** {@code MockPaymentsClient[http://localhost:8081/]}. */
  @Override
  public String toString() {
    return "MockPaymentsClient[" + http.base() + "]";
  }
}
