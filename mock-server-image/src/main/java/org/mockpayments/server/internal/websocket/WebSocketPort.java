package org.mockpayments.server.internal.websocket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.proxy.Target;
import org.mockpayments.server.internal.proxy.Upstream;
import org.mockpayments.server.internal.proxy.UpstreamConnector;
import org.mockpayments.server.internal.scripting.HandshakeRejections;
import org.mockpayments.server.internal.scripting.Refusal;
import org.mockpayments.server.internal.scripting.Stubs;
import org.mockpayments.server.internal.scripting.UpgradeDecision;

/** The WebSocket port: upgrades on any path; any other request gets a 426 that says what to do. */
public final class WebSocketPort extends Handler.Abstract {
  private final ConnectionRegistry connections;
  private final HandshakeRejections rejections;
  private final Stubs stubs;
  private final Proxy proxy;
  private final Consumer<String> log;
  private final ServerWebSocketContainer container;
  private final IntSupplier controlPort;

  public WebSocketPort(
      ConnectionRegistry connections,
      HandshakeRejections rejections,
      Stubs stubs,
      Proxy proxy,
      Consumer<String> log,
      ServerWebSocketContainer container,
      IntSupplier controlPort) {
    this.connections = connections;
    this.rejections = rejections;
    this.stubs = stubs;
    this.proxy = proxy;
    this.log = log;
    this.container = container;
    this.controlPort = controlPort;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (container.upgrade(this::accept, request, response, callback)) {
      return true;
    }
    response.setStatus(HttpStatus.UPGRADE_REQUIRED_426);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.UPGRADE, "websocket");
    Content.Sink.write(
        response,
        true,
        "This port only accepts WebSocket upgrades (on any path): connect with a WebSocket client"
            + " to "
            + (request.isSecure() ? "wss://" : "ws://")
            + Request.getServerName(request)
            + ":"
            + Request.getServerPort(request)
            + Request.getPathInContext(request)
            + ". The control API is on port "
            + controlPort.getAsInt()
            + ".\n",
        callback);
    return true;
  }

  private Object accept(
      ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    String path = request.getHttpURI().getPath();
    String query = request.getHttpURI().getQuery();
    Map<String, List<String>> headers = headersOf(request);
    HandshakeRejections.Rule rule = rejections.refusing(path);
    if (rule != null) {
      return refuse(rule.id, rule.refusal, request, response, callback);
    }
    String remoteAddress = Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
    Target target = proxy.targets().forPath(path);
    if (target != null) {
      return acceptProxied(target, remoteAddress, request, response, callback);
    }
    UpgradeDecision decision =
        stubs.upgrade(
            new Handshake(path, query, headers, null, remoteAddress, null),
            request.getSubProtocols());
    if (decision.refusal() != null) {
      return refuse(decision.stubId(), decision.refusal(), request, response, callback);
    }
    if (decision.subprotocol() != null) {
      response.setAcceptedSubProtocol(decision.subprotocol());
    }
    Handshake handshake =
        new Handshake(path, query, headers, decision.subprotocol(), remoteAddress, null);
    // Registered before the 101 goes out, so a client that has connected always finds itself
    // listed.
    LiveConnection connection =
        connections.open(handshake, request.getConnectionMetaData().getConnection().getEndPoint());
    return new MockEndpoint(connection, connections, stubs, log, decision.closeOnOpen(), null);
  }

  /**
   * Connects to {@code target} first: the client gets the target's subprotocol, or its refusal (an
   * unreachable target is a 502 with the reason).
   */
  private Object acceptProxied(
      Target target,
      String remoteAddress,
      ServerUpgradeRequest request,
      ServerUpgradeResponse response,
      Callback callback) {
    String path = request.getHttpURI().getPath();
    String query = request.getHttpURI().getQuery();
    Map<String, List<String>> headers = headersOf(request);
    UpstreamConnector.Outcome outcome =
        proxy.connector().connect(target, path, query, headers, request.getSubProtocols());
    if (outcome instanceof UpstreamConnector.Outcome.Refused refused) {
      log.accept("proxy " + target.id() + ": " + refused.sentence());
      return refuse(
          target.id(),
          new Refusal(refused.status(), Map.of(), refused.sentence() + "\n"),
          request,
          response,
          callback);
    }
    Upstream upstream = ((UpstreamConnector.Outcome.Connected) outcome).upstream();
    if (upstream.subprotocol() != null) {
      response.setAcceptedSubProtocol(upstream.subprotocol());
    }
    Handshake handshake =
        new Handshake(
            path, query, headers, upstream.subprotocol(), remoteAddress, target.uri().toString());
    LiveConnection connection =
        connections.open(handshake, request.getConnectionMetaData().getConnection().getEndPoint());
    return new MockEndpoint(connection, connections, stubs, log, null, upstream);
  }

  private Object refuse(
      String ruleId,
      Refusal refusal,
      ServerUpgradeRequest request,
      ServerUpgradeResponse response,
      Callback callback) {
    rejections.recordRefusal(
        ruleId,
        refusal,
        request.getHttpURI().getPath(),
        request.getHttpURI().getQuery(),
        headersOf(request));
    response.setStatus(refusal.status());
    refusal.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    Content.Sink.write(response, true, refusal.body(), callback);
    return null;
  }

  private static Map<String, List<String>> headersOf(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }
}
