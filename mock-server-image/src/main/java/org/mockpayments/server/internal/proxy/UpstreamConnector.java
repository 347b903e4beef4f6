package org.mockpayments.server.internal.proxy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.exceptions.UpgradeException;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Opens connections to proxy targets with Jetty's WebSocket client: the client's path, query,
 * headers and offered subprotocols, with the target's headers over them. One client checks
 * certificates; another, started only when a target asks for it, accepts any.
 */
public final class UpstreamConnector implements AutoCloseable {
  private static final long CONNECT_SECONDS = 10;

  /** Headers of the client's upgrade that belong to its own hop, not to the target's. */
  private static final Set<String> HOP_HEADERS =
      Set.of(
          "host",
          "connection",
          "upgrade",
          "content-length",
          "transfer-encoding",
          "keep-alive",
          "te",
          "trailer",
          "proxy-authorization",
          "proxy-connection",
          "sec-websocket-key",
          "sec-websocket-version",
          "sec-websocket-extensions",
          "sec-websocket-protocol",
          "sec-websocket-accept");

  private final Recorder recorder;
  private final Consumer<String> log;
  private WebSocketClient checking;
  private WebSocketClient insecure;

  public UpstreamConnector(Recorder recorder, Consumer<String> log) {
    this.recorder = recorder;
    this.log = log;
  }

  /** What came of an attempt to reach a target. */
  public sealed interface Outcome {
    /** The target accepted the upgrade. */
    record Connected(Upstream upstream) implements Outcome {}

    /** The target answered the upgrade with an HTTP status, or could not be reached (502). */
    record Refused(int status, String sentence) implements Outcome {}
  }

  /** Connects to {@code target} for a client's upgrade on {@code path} and {@code query}. */
  public Outcome connect(
      Target target,
      String path,
      String query,
      Map<String, List<String>> clientHeaders,
      List<String> offered) {
    URI uri =
        URI.create(
            target.uri().toString().replaceFirst("/$", "")
                + path
                + (query == null ? "" : "?" + query));
    ClientUpgradeRequest request = new ClientUpgradeRequest();
    clientHeaders.forEach(
        (name, values) -> {
          if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))
              && target.headers().keySet().stream().noneMatch(name::equalsIgnoreCase)) {
            request.setHeader(name, values);
          }
        });
    target.headers().forEach(request::setHeader);
    if (!offered.isEmpty()) {
      request.setSubProtocols(offered);
    }
    Upstream upstream = new Upstream(target, path, recorder, log);
    try {
      client(target.insecure())
          .connect(upstream.new Endpoint(), uri, request)
          .get(CONNECT_SECONDS, TimeUnit.SECONDS);
      return new Outcome.Connected(upstream);
    } catch (ExecutionException e) {
      return refusal(uri, e.getCause());
    } catch (TimeoutException e) {
      return new Outcome.Refused(
          504,
          "The proxy target "
              + uri
              + " did not answer the upgrade within "
              + CONNECT_SECONDS
              + " s.");
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return refusal(uri, e);
    }
  }

  private Outcome refusal(URI uri, Throwable cause) {
    if (cause instanceof UpgradeException refused && refused.getResponseStatusCode() > 0) {
      return new Outcome.Refused(
          refused.getResponseStatusCode(),
          "The proxy target "
              + uri
              + " refused the upgrade with HTTP "
              + refused.getResponseStatusCode()
              + ".");
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why =
        root instanceof SSLException || cause instanceof SSLException
            ? "its TLS handshake failed ("
                + root.getMessage()
                + "); for a sandbox with a"
                + " self-signed certificate, add the target with \"insecure\":true"
            : "it cannot be reached ("
                + root.getClass().getSimpleName()
                + ": "
                + root.getMessage()
                + ")";
    return new Outcome.Refused(502, "The proxy target " + uri + " failed: " + why + ".");
  }

  private synchronized WebSocketClient client(boolean trustAll) throws Exception {
    if (trustAll) {
      if (insecure == null) {
        insecure = start(true);
      }
      return insecure;
    }
    if (checking == null) {
      checking = start(false);
    }
    return checking;
  }

  private static WebSocketClient start(boolean trustAll) throws Exception {
    SslContextFactory.Client tls = new SslContextFactory.Client(trustAll);
    if (trustAll) {
      tls.setEndpointIdentificationAlgorithm(null);
    }
    HttpClient http = new HttpClient();
    http.setSslContextFactory(tls);
    http.setConnectTimeout(TimeUnit.SECONDS.toMillis(CONNECT_SECONDS));
    WebSocketClient client = new WebSocketClient(http);
    client.start();
    return client;
  }

  @Override
  public synchronized void close() throws Exception {
    for (WebSocketClient client : new WebSocketClient[] {checking, insecure}) {
      if (client != null) {
        client.stop();
      }
    }
  }
}
