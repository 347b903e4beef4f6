package org.mockpayments.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.mockpayments.client.transport.ControlTransport;

/**
 * The typed client of the mock server's control API. The container and the embedded server make one
 * for you ({@code client()}); build one yourself for a server started any other way:
 *
 * <pre>{@code
 * // docker run -p 8080:8080 -p 8081:8081 mock-payments-server:0.1.0-SNAPSHOT
 * MockPayments payments = new MockPaymentsClient(URI.create("http://localhost:8081"));
 * MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Thread-safe: one client may be shared by a whole test class. It keeps the mailbox state of its
 * awaits (which connections and frames it already handed out), which {@link #reset()} clears. Needs
 * only the JDK's HTTP client and Gson.
 */
public final class MockPaymentsClient implements MockPayments {
  private final ControlApi api;
  private final FrameMailbox mailbox;

  /** The seq of the last connection an await handed out, or of this client's last reset. */
  private long connectionsHandedOut;

  /** The ids handed out since this client's last reset, for timeout messages. */
  private final List<String> handedOutIds = new ArrayList<>();

  /** A client of the control API at {@code controlUrl}, such as {@code http://localhost:8081}. */
  public MockPaymentsClient(URI controlUrl) {
    this(controlUrl, (String) null);
  }

  /**
   * A client of a control API started with {@code MOCK_CONTROL_TOKEN}: every request carries {@code
   * Authorization: Bearer <controlToken>}.
   */
  public MockPaymentsClient(URI controlUrl, String controlToken) {
    this(controlUrl, new HttpControlTransport(controlToken));
  }

  private MockPaymentsClient(URI controlUrl, ControlTransport transport) {
    ClassPathRequirements.check();
    this.api = new ControlApi(controlUrl, transport);
    this.mailbox = new FrameMailbox(api);
  }

  /**
   * A client of the control API at {@code controlUrl} that reaches it through {@code transport}
   * instead of HTTP. The embedded server uses it to hand out a client that calls it in memory;
   * tests have no need of it.
   */
  public static MockPaymentsClient over(URI controlUrl, ControlTransport transport) {
    return new MockPaymentsClient(controlUrl, Objects.requireNonNull(transport, "transport"));
  }

  /** This client itself. */
  @Override
  public MockPaymentsClient client() {
    return this;
  }

  /** The control API's base URL, such as {@code http://localhost:8081/}. */
  public URI controlUrl() {
    return api.base();
  }

  /**
   * The WebSocket port's certificate as PEM, when the server serves {@code wss://}.
   *
   * @throws MockPaymentsException (404) when it serves plain {@code ws://}
   */
  public String tlsCertificatePem() {
    return api.getText("tls/certificate");
  }

  /**
   * A trust store holding exactly the certificate of the server's {@code wss://} port, for clients
   * configured with one.
   *
   * @throws MockPaymentsException (404) when the server serves plain {@code ws://}
   */
  public KeyStore tlsTrustStore() {
    return TrustedCertificate.trustStore(tlsCertificatePem());
  }

  /**
   * An SSL context that trusts the server's certificate and nothing else, ready for {@code
   * HttpClient.newBuilder().sslContext(..)} or Jetty's {@code SslContextFactory.Client}.
   *
   * @throws MockPaymentsException (404) when the server serves plain {@code ws://}
   */
  public SSLContext tlsSslContext() {
    return TrustedCertificate.sslContext(tlsTrustStore());
  }

  @Override
  public MockConnection awaitConnection(Duration timeout) {
    return awaitNew(1, timeout).get(0);
  }

  @Override
  public List<MockConnection> awaitConnections(int count, Duration timeout) {
    return awaitNew(count, timeout);
  }

  /** The next {@code count} connections not yet handed out, usually with one long-poll. */
  private List<MockConnection> awaitNew(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<MockConnection> found = new ArrayList<>();
    while (true) {
      long since;
      synchronized (this) {
        since = connectionsHandedOut;
      }
      Duration remaining = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      ControlApi.Answer answer =
          api.get(
              "connections/await?count="
                  + (count - found.size())
                  + "&since="
                  + since
                  + "&timeoutMs="
                  + remaining.toMillis(),
              remaining);
      if (answer.isTimeout()) {
        throw new AssertionError(
            "Awaited "
                + (count == 1 ? "a new WebSocket connection" : count + " new WebSocket connections")
                + " for "
                + timeout.toMillis()
                + " ms"
                + (found.isEmpty() ? "" : " but got only " + found)
                + ": "
                + answer.message()
                + " Already handed out: "
                + handedOutIds()
                + ".");
      }
      for (ConnectionInfo info : Wire.list(answer.ok(), Wire::connection)) {
        if (found.size() < count && handOut(info)) {
          found.add(connection(info.id()));
        }
      }
      if (found.size() == count) {
        return found;
      }
      // Another thread took some of them: wait for as many more as are missing.
    }
  }

  private synchronized boolean handOut(ConnectionInfo connection) {
    if (connection.seq() <= connectionsHandedOut) {
      return false;
    }
    connectionsHandedOut = connection.seq();
    handedOutIds.add(connection.id());
    return true;
  }

  private synchronized List<String> handedOutIds() {
    return List.copyOf(handedOutIds);
  }

  @Override
  public List<ConnectionInfo> connections() {
    return Wire.list(api.get("connections").ok(), Wire::connection);
  }

  @Override
  public MockConnection connection(String id) {
    return new MockConnection(id, api, mailbox);
  }

  @Override
  public MockConnection latest() {
    return connection(Wire.connection(api.get("connections/latest").ok()).id());
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
    body.addProperty("binary", Base64.getEncoder().encodeToString(bytes));
    return broadcast(body);
  }

  private int broadcast(JsonObject body) {
    return api.post("connections/all/send", body).ok().getAsJsonObject().get("sent").getAsInt();
  }

  @Override
  public List<Frame> frames() {
    return Wire.list(api.get("frames").ok(), Wire::frame);
  }

  @Override
  public List<Frame> receivedFrames() {
    return Wire.dataFrames(api.get("frames?direction=in").ok());
  }

  @Override
  public Frame awaitFrame(Match match, Duration timeout) {
    return mailbox.take(null, match, timeout);
  }

  @Override
  public void assertNoFrame(Match match, Duration duration) {
    mailbox.assertNone(null, match, duration);
  }

  @Override
  public StubInfo addStub(Stub stub) {
    return Wire.stub(api.post("stubs", stub.toJsonObject()).ok());
  }

  @Override
  public List<StubInfo> stubs() {
    return Wire.list(api.get("stubs").ok(), Wire::stub);
  }

  @Override
  public void removeStub(String id) {
    api.delete("stubs/" + encode(id)).ok();
  }

  @Override
  public void removeAllStubs() {
    api.delete("stubs").ok();
  }

  @Override
  public String rejectHandshakes(Rejection rule) {
    return api.post("handshake-rejections", rule.toJsonObject())
        .ok()
        .getAsJsonObject()
        .get("id")
        .getAsString();
  }

  @Override
  public void removeRejection(String id) {
    api.delete("handshake-rejections/" + encode(id)).ok();
  }

  @Override
  public List<RejectedAttempt> rejectedHandshakes() {
    return Wire.list(api.get("handshake-rejections/attempts").ok(), Wire::rejectedAttempt);
  }

  @Override
  public String addProxyTarget(ProxyTarget target) {
    return api.post("proxy-targets", target.toJsonObject())
        .ok()
        .getAsJsonObject()
        .get("id")
        .getAsString();
  }

  @Override
  public void removeProxyTarget(String id) {
    api.delete("proxy-targets/" + encode(id)).ok();
  }

  @Override
  public String recording() {
    return Wire.printPretty(api.get("recording").ok());
  }

  @Override
  public String recording(String path) {
    return Wire.printPretty(api.get("recording?path=" + encode(path)).ok());
  }

  @Override
  public void saveRecording(Path file) {
    try {
      Files.writeString(file, recording());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the recording to " + file, e);
    }
  }

  @Override
  public List<ClientHistory> clientHistories(ClientIdentity identity) {
    return Wire.list(
        api.get("clients?identity=" + encode(identity.toString())).ok(), Wire::clientHistory);
  }

  @Override
  public ClientHistory clientHistory(ClientIdentity identity, String value) {
    List<ClientHistory> clients = clientHistories(identity);
    return clients.stream()
        .filter(client -> client.identity().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new MockPaymentsException(
                    404,
                    "not_found",
                    "No connection carried "
                        + identity
                        + " = "
                        + value
                        + "; clients seen: "
                        + clients.stream().map(ClientHistory::identity).toList()
                        + "."));
  }

  @Override
  public List<String> loadAsyncApi(String document) {
    return loadAsyncApi(document, AsyncApiPerspective.SERVER);
  }

  @Override
  public List<String> loadAsyncApi(String document, AsyncApiPerspective perspective) {
    JsonElement description =
        api.postText(
                "asyncapi?perspective=" + perspective.wireName(),
                document,
                document.stripLeading().startsWith("{") ? "application/json" : "application/yaml")
            .ok();
    List<String> warnings = new ArrayList<>();
    description
        .getAsJsonObject()
        .getAsJsonArray("warnings")
        .forEach(warning -> warnings.add(warning.getAsString()));
    return List.copyOf(warnings);
  }

  @Override
  public void removeAsyncApi() {
    api.delete("asyncapi").ok();
  }

  @Override
  public List<ContractViolation> contractViolations() {
    return contractViolationsSince(0);
  }

  /** The contract violations of history entries after {@code seq}, oldest first. */
  public List<ContractViolation> contractViolationsSince(long seq) {
    return Wire.list(api.get("contract/violations?since=" + seq).ok(), Wire::contractViolation);
  }

  @Override
  public void assertNoContractViolations() {
    ContractViolations.assertNone(contractViolations(), "so far");
  }

  @Override
  public String transcript() {
    return api.getText("transcript");
  }

  /**
   * The conversation after {@code seq} as JSON Lines, in order, such as what happened during one
   * test: take {@link #lastSeq()} when it starts.
   */
  public String transcriptSince(long seq) {
    return api.getText("transcript?since=" + seq);
  }

  /**
   * The seq of the latest event in the server's history: a point in time on the server's own count,
   * which no clock skew and no reset can move.
   */
  public long lastSeq() {
    return api.get("health").ok().getAsJsonObject().get("seq").getAsLong();
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
    long seq =
        api.post("reset", body, Duration.ofSeconds(5))
            .ok()
            .getAsJsonObject()
            .get("seq")
            .getAsLong();
    mailbox.restartAfter(seq);
    synchronized (this) {
      // Connections still open from before the reset are not new: awaits wait for later ones.
      connectionsHandedOut = seq;
      handedOutIds.clear();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * {@code MockPaymentsClient[http://localhost:8081/ over HTTP]}, or {@code in memory} for the
   * embedded server's own client.
   */
  @Override
  public String toString() {
    return "MockPaymentsClient[" + api + "]";
  }
}
