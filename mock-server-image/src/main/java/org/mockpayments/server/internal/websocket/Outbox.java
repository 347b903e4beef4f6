package org.mockpayments.server.internal.websocket;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.json.ApiException;

/**
 * One connection's outgoing frames: each goes through the {@link FreezeValve} in the order it was
 * asked for, and is journaled and handed to Jetty in one piece, so the journal's order is the
 * wire's. A frame whose cause a reset cleared, or of a forgotten connection, is not sent.
 */
final class Outbox {
  private final String id;
  private final ConnectionLifecycle life;
  private final FreezeValve valve;
  private volatile Session session;

  Outbox(String id, ConnectionLifecycle life, FreezeValve valve) {
    this.id = id;
    this.life = life;
    this.valve = valve;
  }

  /** The session has opened: frames asked for until now go out. */
  void attach(Session session) {
    this.session = session;
    valve.attach();
  }

  Session session() {
    return session;
  }

  /**
   * Journals {@code payload} and hands it to Jetty with {@code send}, when the valve lets it
   * through.
   */
  PendingWrite send(Payload payload, BiConsumer<Session, Callback> send, long causeSeq) {
    PendingWrite write = new PendingWrite(new CompletableFuture<>(), new CompletableFuture<>());
    valve.write(
        () -> {
          if (!life.journalOutgoing(payload, causeSeq)) {
            write
                .written()
                .completeExceptionally(
                    ApiException.conflict(
                        "The frame to connection "
                            + id
                            + " was not sent: a reset came first ("
                            + payload.type().wireName()
                            + " "
                            + payload.summary()
                            + ")."));
            return;
          }
          write.journaled().complete(null);
          send.accept(
              session,
              Callback.from(
                  () -> write.written().complete(null),
                  cause ->
                      write
                          .written()
                          .completeExceptionally(
                              ApiException.conflict(
                                  "Connection "
                                      + id
                                      + " closed before the frame could be written ("
                                      + cause
                                      + ")."))));
        });
    return write;
  }

  /**
   * A close frame's callback that counts a completed close handshake as success: Jetty may fail the
   * write after the client's echo has arrived and the connection is being torn down, though the
   * frame did go out.
   */
  Callback afterHandshake(Callback callback) {
    return Callback.from(
        callback::succeed,
        cause -> {
          if (life.endedWithHandshake()) {
            callback.succeed();
          } else {
            callback.fail(cause);
          }
        });
  }
}
