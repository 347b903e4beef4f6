package org.mockpayments.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The floor of the WebSocket work: Jetty 12 and the transport, with no mock logic. A WebSocket on
 * any path counts and keeps the texts clients send; on the same port, {@code POST /push} sends its
 * body to every connection and answers once written, {@code POST /await} answers once a client has
 * sent its body (404 after 2 s), {@code GET /connections?count=n} once n are open, {@code GET
 * /count?prefix=p} with how many texts start with p, and {@code POST /forget} closes and forgets
 * everything. Run in-process, or in a container: {@code BareJettyServer <port>}.
 */
public final class BareJettyServer {
  private static final long WAIT_MS = 2_000;

  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<Void>> received = new ConcurrentHashMap<>();
  private final Set<String> texts = ConcurrentHashMap.newKeySet();
  private final AtomicLong opened = new AtomicLong();
  private volatile CompletableFuture<Void> connectionsChanged = new CompletableFuture<>();
  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);

  private BareJettyServer(int port) {
    connector.setPort(port);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler upgrades =
        WebSocketUpgradeHandler.from(
            server,
            context,
            container ->
                container.addMapping("/*", (request, response, callback) -> new Endpoint()));
    upgrades.setHandler(new Control());
    context.setHandler(upgrades);
    server.setHandler(context);
  }

  /** Starts a floor server on {@code port} (0 for a free one). */
  static BareJettyServer start(int port) throws Exception {
    BareJettyServer floor = new BareJettyServer(port);
    floor.server.start();
    return floor;
  }

  int port() {
    return connector.getLocalPort();
  }

  void stop() throws Exception {
    server.stop();
  }

  /** {@code args[0]}: the port. */
  public static void main(String[] args) throws Exception {
    start(Integer.parseInt(args[0])).server.join();
  }

  /** Sends {@code text} to every connection; completes once all of it is written. */
  CompletableFuture<Void> push(String text) {
    List<CompletableFuture<Void>> writes =
        sessions.stream()
            .map(
                session -> {
                  CompletableFuture<Void> written = new CompletableFuture<>();
                  session.sendText(
                      text,
                      org.eclipse.jetty.websocket.api.Callback.from(
                          () -> written.complete(null), written::completeExceptionally));
                  return written;
                })
            .toList();
    return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
  }

  /** Completes once a client has sent {@code text}, or exceptionally after 2 s. */
  CompletableFuture<Void> received(String text) {
    return received
        .computeIfAbsent(text, key -> new CompletableFuture<>())
        .copy()
        .orTimeout(WAIT_MS, TimeUnit.MILLISECONDS);
  }

  /** Completes with true once {@code count} connections are open, with false after 2 s. */
  CompletableFuture<Boolean> connections(int count) {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    awaitConnections(count, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS), done);
    return done;
  }

  private void awaitConnections(int count, long deadline, CompletableFuture<Boolean> done) {
    CompletableFuture<Void> next = connectionsChanged;
    if (sessions.size() >= count) {
      done.complete(true);
    } else if (System.nanoTime() > deadline) {
      done.complete(false);
    } else {
      next.copy()
          .orTimeout(100, TimeUnit.MILLISECONDS)
          .whenComplete((ignored, failure) -> awaitConnections(count, deadline, done));
    }
  }

  /** How many of the texts clients sent start with {@code prefix}. */
  long count(String prefix) {
    return texts.stream().filter(text -> text.startsWith(prefix)).count();
  }

  /** Closes every connection and forgets what was sent. */
  void forget() {
    sessions.forEach(Session::close);
    texts.clear();
    received.clear();
  }

  private void changed() {
    CompletableFuture<Void> was = connectionsChanged;
    connectionsChanged = new CompletableFuture<>();
    was.complete(null);
  }

  /**
   * A client connection: it keeps what it is sent, and nothing else. Public because Jetty calls its
   * listener methods through public method handles.
   */
  public final class Endpoint implements Session.Listener.AutoDemanding {
    private Session session;

    @Override
    public void onWebSocketOpen(Session session) {
      this.session = session;
      sessions.add(session);
      opened.incrementAndGet();
      changed();
    }

    @Override
    public void onWebSocketText(String text) {
      texts.add(text);
      received.computeIfAbsent(text, key -> new CompletableFuture<>()).complete(null);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
      sessions.remove(session);
      changed();
    }
  }

  /** The HTTP calls a test makes, each the least that does the job. */
  private final class Control extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String path = Request.getPathInContext(request);
      switch (request.getMethod() + " " + path) {
        case "POST /push" -> push(request, response, callback);
        case "POST /await" -> await(request, response, callback);
        case "GET /connections" -> connections(request, response, callback);
        case "GET /count" -> count(request, response, callback);
        case "POST /forget" -> forget(response, callback);
        default -> Response.writeError(request, response, callback, 404);
      }
      return true;
    }

    private void push(Request request, Response response, Callback callback) {
      Content.Source.asString(
          request,
          StandardCharsets.UTF_8,
          Promise.from(
              text ->
                  BareJettyServer.this
                      .push(text)
                      .whenComplete(
                          (ignored, failure) ->
                              answer(response, callback, failure == null ? 200 : 500, "")),
              callback::failed));
    }

    private void await(Request request, Response response, Callback callback) {
      Content.Source.asString(
          request,
          StandardCharsets.UTF_8,
          Promise.from(
              text ->
                  received(text)
                      .whenComplete(
                          (ignored, failure) ->
                              answer(response, callback, failure == null ? 200 : 404, "")),
              callback::failed));
    }

    private void connections(Request request, Response response, Callback callback) {
      int count = Integer.parseInt(Request.extractQueryParameters(request).getValue("count"));
      BareJettyServer.this
          .connections(count)
          .thenAccept(open -> answer(response, callback, open ? 200 : 404, ""));
    }

    private void count(Request request, Response response, Callback callback) {
      String prefix = Request.extractQueryParameters(request).getValue("prefix");
      answer(response, callback, 200, Long.toString(BareJettyServer.this.count(prefix)));
    }

    private void forget(Response response, Callback callback) {
      BareJettyServer.this.forget();
      answer(response, callback, 200, "");
    }

    private void answer(Response response, Callback callback, int status, String body) {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
      response.write(
          true, java.nio.ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
  }
}
