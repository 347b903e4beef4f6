package org.mockpayments.server.internal.proxy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.mockpayments.server.internal.frames.Bytes;
import org.mockpayments.server.internal.frames.Payload;

/**
 * The mock's connection to a proxy target, on behalf of one client connection: forwards the
 * client's frames and close to the target, the target's to the client, and records both. What the
 * target sends before the client's side is attached waits, in order.
 */
public final class Upstream {
  private final Target target;
  private final String path;
  private final Recorder recorder;
  private final Consumer<String> log;
  private final List<Runnable> waiting = new ArrayList<>();
  private Session session;
  private String connectionId;
  private Downstream downstream;
  private volatile boolean clientClosed;

  Upstream(Target target, String path, Recorder recorder, Consumer<String> log) {
    this.target = target;
    this.path = path;
    this.recorder = recorder;
    this.log = log;
  }

  /** The subprotocol the target accepted, or null. */
  public String subprotocol() {
    String accepted = session.getUpgradeResponse().getAcceptedSubProtocol();
    return accepted == null || accepted.isEmpty() ? null : accepted;
  }

  /** The target this connection goes to. */
  public Target target() {
    return target;
  }

  /**
   * Links the client's connection {@code connectionId}: recording starts, and what the target sent
   * so far is delivered.
   */
  public void attach(String connectionId, Downstream downstream) {
    List<Runnable> delivered;
    synchronized (this) {
      this.connectionId = connectionId;
      this.downstream = downstream;
      recorder.opened(connectionId, path, Instant.now(), List.copyOf(target.headers().values()));
      delivered = List.copyOf(waiting);
      waiting.clear();
    }
    delivered.forEach(Runnable::run);
  }

  /** Sends a client's text or binary frame to the target, and records it. */
  public void forward(Payload payload) {
    recorder.record(connectionId, Recording.Kind.CLIENT, payload, Instant.now());
    if (payload instanceof Payload.Text text) {
      session.sendText(text.text(), Callback.NOOP);
    } else if (payload instanceof Payload.Binary binary) {
      session.sendBinary(binary.bytes().toBuffer(), Callback.NOOP);
    }
  }

  /** The client closed (1006: its connection broke): the target's connection ends the same way. */
  public void clientClosed(int code, String reason) {
    clientClosed = true;
    recorder.ended(connectionId);
    if (session.isOpen()) {
      if (code == StatusCode.ABNORMAL || code == StatusCode.NO_CODE) {
        session.close(StatusCode.NORMAL, "", Callback.NOOP);
      } else {
        session.close(code, reason, Callback.NOOP);
      }
    }
  }

  /** Delivers to the client now, or once it is attached. */
  private void deliver(Runnable delivery) {
    synchronized (this) {
      if (downstream == null) {
        waiting.add(delivery);
        return;
      }
    }
    delivery.run();
  }

  private void fromTarget(Payload payload) {
    Instant at = Instant.now();
    deliver(
        () -> {
          recorder.record(connectionId, Recording.Kind.TARGET, payload, at);
          downstream.frame(payload);
        });
  }

  /**
   * Jetty's listener on the target's side: demands each next frame itself. Public only because
   * Jetty calls its methods through public method handles.
   */
  public final class Endpoint implements Session.Listener.AutoDemanding {
    @Override
    public void onWebSocketOpen(Session opened) {
      synchronized (Upstream.this) {
        session = opened;
      }
    }

    @Override
    public void onWebSocketText(String text) {
      fromTarget(new Payload.Text(text));
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
      Bytes bytes = Bytes.from(payload);
      callback.succeed();
      fromTarget(new Payload.Binary(bytes));
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
      if (clientClosed) {
        return; // The target only answered the client's close: nothing of its own to replay.
      }
      Instant at = Instant.now();
      String why = reason == null ? "" : reason;
      deliver(
          () -> {
            recorder.record(
                connectionId, Recording.Kind.TARGET_CLOSED, new Payload.Close(statusCode, why), at);
            downstream.closed(statusCode, why);
          });
    }

    @Override
    public void onWebSocketError(Throwable cause) {
      log.accept("proxy target " + target.uri() + " of " + connectionId + ": " + cause);
    }
  }
}
