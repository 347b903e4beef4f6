package org.mockpayments.client;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * One WebSocket connection of the client under test, as the mock sees it: push frames to it, close
 * or break it, and await what it sends.
 *
 * <pre>{@code
 * MockConnection conn = payments.awaitConnection(Duration.ofSeconds(5));
 * conn.awaitFrame(Match.jsonSubset("{\"initiate_payment\":true}"), Duration.ofSeconds(5));
 * conn.sendJson("{\"state\":\"CANCEL\"}");
 * assertThat(conn.awaitClosed(Duration.ofSeconds(5)).code()).isEqualTo(1000);
 * }</pre>
 *
 * <p>A handle: cheap, immutable and thread-safe; each call asks the server. Pushes return once the
 * frame is written; a connection that is closed answers {@link MockPaymentsException} 409 ({@code
 * connection_closed}), and a client that stops reading one 409 ({@code write_timeout}).
 */
public final class MockConnection {
  private final String id;
  private final ControlApi api;
  private final FrameMailbox mailbox;

  MockConnection(String id, ControlApi api, FrameMailbox mailbox) {
    this.id = id;
    this.api = api;
    this.mailbox = mailbox;
  }

  /** The server's id of this connection, such as {@code c1}. */
  public String id() {
    return id;
  }

  /**
   * The connection's handshake and current state.
   *
   * @throws MockPaymentsException (404) if the server does not list it (a reset forgot it)
   */
  public ConnectionInfo info() {
    return Wire.connection(api.get("connections/" + id).ok());
  }

  /** Sends a text frame; returns once it is written. */
  public void sendText(String text) {
    send("text", text);
  }

  /**
   * Sends {@code json} compactly as a text frame; returns once it is written.
   *
   * @throws IllegalArgumentException if {@code json} is not valid JSON
   */
  public void sendJson(String json) {
    JsonObject body = new JsonObject();
    body.add("json", Wire.parse(json, "sendJson"));
    api.post("connections/" + id + "/send", body).ok();
  }

  /**
   * Sends the message {@code name} of the AsyncAPI document the mock plays (its first example, or
   * one made from its schema); returns once it is written.
   *
   * @throws MockPaymentsException 404 if the document has no such message (the message lists the
   *     known ones), 409 if the mock does not send it on this connection's channel
   */
  public void sendMessage(String name) {
    sendMessage(name, null);
  }

  /** As {@link #sendMessage(String)}, sending the message's example named {@code example}. */
  public void sendMessage(String name, String example) {
    JsonObject body = new JsonObject();
    body.addProperty("message", name);
    if (example != null) {
      body.addProperty("example", example);
    }
    api.post("connections/" + id + "/send", body).ok();
  }

  /** Sends a binary frame; returns once it is written. */
  public void sendBinary(byte[] bytes) {
    send("binary", Base64.getEncoder().encodeToString(bytes));
  }

  /** Closes normally (1000). */
  public void close() {
    close(1000, "");
  }

  /** Closes with {@code code} (1000-1003, 1007-1014 or 3000-4999) and {@code reason}. */
  public void close(int code, String reason) {
    JsonObject body = new JsonObject();
    body.addProperty("code", code);
    body.addProperty("reason", reason);
    api.post("connections/" + id + "/close", body).ok();
  }

  /** Sends a close frame with no status code: the client sees 1005. */
  public void closeWithoutStatus() {
    JsonObject body = new JsonObject();
    body.addProperty("noStatus", true);
    api.post("connections/" + id + "/close", body).ok();
  }

  /** Resets the TCP connection (RST): the client's next read or write fails at once. */
  public void resetTcp() {
    api.post("connections/" + id + "/tcp-reset", null).ok();
  }

  /**
   * Freezes the connection: the mock stops reading and writing but keeps the socket open
   * (half-open), as a hung peer would, until {@link #release()} or {@link #drop()}. Pushes wait.
   */
  public void freeze() {
    api.post("connections/" + id + "/freeze", null).ok();
  }

  /** Ends a {@link #freeze()}: queued pushes go out in order and reading resumes. */
  public void release() {
    api.post("connections/" + id + "/release", null).ok();
  }

  /**
   * Stops answering the client's pings with pongs, to test how it notices a peer that stopped
   * responding; {@link #answerPings()} undoes it.
   */
  public void ignorePings() {
    answerPings(false);
  }

  /** Answers the client's pings with pongs again, as every connection does at first. */
  public void answerPings() {
    answerPings(true);
  }

  private void answerPings(boolean on) {
    JsonObject body = new JsonObject();
    body.addProperty("auto", on);
    api.post("connections/" + id + "/pongs", body).ok();
  }

  /**
   * Delays everything pushed to this connection by {@code delay}, in order, as a slow network
   * would; {@link Duration#ZERO} turns it off.
   */
  public void simulateLatency(Duration delay) {
    JsonObject body = new JsonObject();
    body.addProperty("delayMs", delay.toMillis());
    api.post("connections/" + id + "/latency", body).ok();
  }

  /**
   * Ends the TCP connection with no close handshake, as a network failure would (the client sees
   * 1006).
   */
  public void drop() {
    api.post("connections/" + id + "/drop", null).ok();
  }

  /** Sends a ping with an empty payload; the client's pong lands in the journal. */
  public void ping() {
    ping(new byte[0]);
  }

  /** Sends a ping with {@code payload} (at most 125 bytes). */
  public void ping(byte[] payload) {
    JsonObject body = new JsonObject();
    body.addProperty("base64", Base64.getEncoder().encodeToString(payload));
    api.post("connections/" + id + "/ping", body).ok();
  }

  /**
   * The first frame from this connection that fits {@code match} and was not returned by an earlier
   * await.
   *
   * @throws AssertionError if none arrives within {@code timeout}, listing what did arrive
   */
  public Frame awaitFrame(Match match, Duration timeout) {
    return mailbox.take(id, match, timeout);
  }

  /**
   * Passes if this connection sends no fitting frame (not yet returned by an await) within {@code
   * duration}; this waits the whole duration when all is well.
   *
   * @throws AssertionError naming the frame that did arrive
   */
  public void assertNoFrame(Match match, Duration duration) {
    mailbox.assertNone(id, match, duration);
  }

  /** The text and binary frames this connection sent, oldest first. */
  public List<Frame> receivedFrames() {
    return Wire.dataFrames(api.get("frames?direction=in&connection=" + id).ok());
  }

  /**
   * How the connection ended, as soon as it has.
   *
   * @throws AssertionError if it is still open after {@code timeout}
   */
  public CloseStatus awaitClosed(Duration timeout) {
    ControlApi.Answer answer =
        api.get("connections/" + id + "/closed?timeoutMs=" + timeout.toMillis(), timeout);
    if (answer.isTimeout()) {
      throw new AssertionError("Awaited the closing of connection " + id + ": " + answer.message());
    }
    ConnectionInfo info = Wire.connection(answer.ok());
    return new CloseStatus(info.closeCode(), info.closeReason() == null ? "" : info.closeReason());
  }

  private void send(String kind, String value) {
    JsonObject body = new JsonObject();
    body.addProperty(kind, value);
    api.post("connections/" + id + "/send", body).ok();
  }

  /** {@code MockConnection[c1]}. */
  @Override
  public String toString() {
    return "MockConnection[" + id + "]";
  }
}
