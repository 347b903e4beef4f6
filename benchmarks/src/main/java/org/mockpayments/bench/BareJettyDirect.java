package org.mockpayments.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The in-process floor with no control call at all: the test's thread asks the bare Jetty server
 * itself to send, and waits on the server's own record of a client frame. What is left is the
 * WebSocket frame through Jetty and the JDK client over loopback, plus one thread hand-off: the
 * least any in-process push or await can cost on this stack.
 */
final class BareJettyDirect implements WebSocketMock {
  private final BareJettyServer server;

  BareJettyDirect(BareJettyServer server) {
    this.server = server;
  }

  @Override
  public String webSocketUrl(String path) {
    return "ws://localhost:" + server.port() + path;
  }

  @Override
  public void awaitConnections(int count) {
    if (!join(server.connections(count), "connections")) {
      throw new IllegalStateException("the floor saw fewer than " + count + " connections");
    }
  }

  @Override
  public void push(String path, String text) {
    join(server.push(text), "push");
  }

  @Override
  public void awaitReceived(String text) {
    try {
      server.received(text).get();
    } catch (ExecutionException e) {
      throw new FailedWait("the floor's await ran out although the frame was sent: " + text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public long countReceived(String prefix) {
    return server.count(prefix);
  }

  @Override
  public void forget() {
    server.forget();
  }

  private static <T> T join(CompletableFuture<T> future, String what) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the floor's " + what + " failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
