package org.mockpayments.server.internal.websocket;

/**
 * The ways the mock breaks one connection on purpose, as networks and peers do: cut it, reset it,
 * freeze it (half-open), slow it down, stop answering its pings. Each refuses a closed connection
 * with a 409.
 */
public final class Faults {
  private final LiveConnection connection;
  private final ConnectionLifecycle life;
  private final FreezeValve valve;

  Faults(LiveConnection connection, ConnectionLifecycle life, FreezeValve valve) {
    this.connection = connection;
    this.life = life;
    this.valve = valve;
  }

  /** Ends the TCP connection with no close handshake, as a network failure would, frozen or not. */
  public void drop() {
    connection.drop();
  }

  /** Resets the TCP connection (RST, not FIN): the client's next read or write fails at once. */
  public void resetTcp() {
    life.cutting();
    TcpReset.reset(connection.endPoint());
  }

  /** Stops reading and writing, keeping the socket open (half-open), until {@link #release}. */
  public void freeze() {
    life.requireOpen();
    valve.freeze();
  }

  /** Reads and writes again: queued writes go out in order, held frames are handled. */
  public void release() {
    life.requireOpen();
    valve.release();
  }

  /** Delays everything pushed to the connection by {@code millis}, as a slow network would. */
  public void latency(long millis) {
    life.requireOpen();
    valve.latency(millis);
  }

  /** Whether a ping from the client is answered with a pong (the default) or ignored. */
  public void answerPings(boolean on) {
    life.requireOpen();
    connection.keepAlive().answerPings(on);
  }
}
