package org.mockpayments.server.internal;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.server.TlsSettings;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * Builds the unstarted Jetty server: one connector for WebSocket upgrades, one for the control API,
 * and a handler that sends each request to its port's handler. Public only for {@code
 * MockPaymentsServer}.
 */
public final class ServerAssembly {
  /** How long an HTTP or WebSocket connection may sit idle: longer than any await may last. */
  private static final Duration IDLE_TIMEOUT = Duration.ofHours(1);

  private ServerAssembly() {}

  /**
   * An unstarted server for {@code settings}, logging to {@code out}.
   *
   * @throws IllegalArgumentException if the stubs file or the TLS key store cannot be read or is
   *     not valid
   */
  public static Server build(ServerSettings settings, PrintStream out) {
    Server server = new Server();
    server.setErrorHandler(new JsonErrorHandler());

    TlsCertificate certificate = tlsCertificate(settings.tls());
    ServerConnector webSocketConnector = certificate == null
        ? new ServerConnector(server)
        : new ServerConnector(server, sslContextFactory(certificate), secureHttp());
    webSocketConnector.setPort(settings.webSocketPort());
    webSocketConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    ServerConnector controlConnector = new ServerConnector(server);
    controlConnector.setPort(settings.controlPort());
    controlConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    server.addConnector(webSocketConnector);
    server.addConnector(controlConnector);

    Mock mock = new Mock(new ConsoleLog(out), settings.journalLimit());
    loadStartupStubs(mock, settings);

    ServerWebSocketContainer container = ServerWebSocketContainer.ensure(server);
    container.setIdleTimeout(IDLE_TIMEOUT);
    container.setMaxTextMessageSize(settings.maxMessageBytes());
    container.setMaxBinaryMessageSize(settings.maxMessageBytes());
    container.setMaxFrameSize(settings.maxMessageBytes());
    Handler upgrades = new WebSocketPort(mock, container, controlConnector::getLocalPort);
    upgrades.setServer(server);

    ControlApi controlApi = controlApi(settings, mock, certificate);
    server.setHandler(new ByConnector(webSocketConnector, upgrades, controlApi));
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStopping(LifeCycle event) {
        // Clients get a proper 1001 rather than a broken connection when the server stops.
        mock.closeAll("mock server shutting down").completeOnTimeout(null, 1, TimeUnit.SECONDS).join();
        mock.log.info("stopped");
      }
    });
    return server;
  }

  /** The control API's router with every route; {@code certificate} is null without TLS. */
  static ControlApi controlApi(ServerSettings settings, Mock mock, TlsCertificate certificate) {
    ControlApi controlApi = new ControlApi(settings.maxBodyBytes(), settings.controlToken());
    new ServiceRoutes(mock).register(controlApi);
    new ConnectionRoutes(mock.connections, mock.scheduler, settings.writeTimeout()).register(controlApi);
    new FrameRoutes(mock.journal, mock.connections, mock.scheduler).register(controlApi);
    new StubRoutes(mock.stubs).register(controlApi);
    new RejectionRoutes(mock.rejections).register(controlApi);
    new ClientRoutes(mock.connections).register(controlApi);
    new TranscriptRoute(mock.journal).register(controlApi);
    new EventRoutes(mock.events, mock.scheduler).register(controlApi);
    new PageRoutes().register(controlApi);
    new CertificateRoute(certificate).register(controlApi);
    new OpenApiRoute().register(controlApi);
    return controlApi;
  }

  private static TlsCertificate tlsCertificate(TlsSettings tls) {
    if (!tls.enabled()) {
      return null;
    }
    return tls.keyStore() != null
        ? TlsCertificate.load(tls.keyStore(), tls.keyStorePassword())
        : TlsCertificate.selfSigned(tls.hostnames());
  }

  private static SslContextFactory.Server sslContextFactory(TlsCertificate certificate) {
    SslContextFactory.Server factory = new SslContextFactory.Server();
    factory.setKeyStore(certificate.keyStore());
    factory.setKeyStorePassword(certificate.password());
    return factory;
  }

  /** HTTP on TLS that accepts any Host: tests reach the mock by whatever name maps to it. */
  private static HttpConnectionFactory secureHttp() {
    HttpConfiguration config = new HttpConfiguration();
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false);
    config.addCustomizer(secure);
    return new HttpConnectionFactory(config);
  }

  /** The stubs file and the stubs of the settings, loaded to survive every reset. */
  private static void loadStartupStubs(Mock mock, ServerSettings settings) {
    Path file = settings.stubsFile();
    if (file != null) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read the stubs file " + file + ": " + e);
      }
      load(mock, text, "the stubs file " + file, true);
    }
    for (String stubs : settings.stubs()) {
      load(mock, stubs, "a stub of the settings", false);
    }
  }

  private static void load(Mock mock, String json, String source, boolean arrayOnly) {
    try {
      JsonElement parsed = Json.parseBody(json);
      List<JsonElement> definitions = new ArrayList<>();
      if (parsed.isJsonArray()) {
        parsed.getAsJsonArray().forEach(definitions::add);
      } else if (parsed.isJsonObject() && !arrayOnly) {
        definitions.add(parsed);
      } else {
        throw ApiException.badRequest("it must hold a JSON array of stub definitions.");
      }
      mock.loadStubs(definitions, source);
    } catch (ApiException e) {
      throw new IllegalArgumentException(capitalized(source) + " is not valid: " + e.getMessage());
    }
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Sends each request to the handler of the port it came in on. */
  private static final class ByConnector extends Handler.Wrapper {
    private final ServerConnector webSocketConnector;
    private final Handler webSocketPort;

    ByConnector(ServerConnector webSocketConnector, Handler webSocketPort, Handler controlApi) {
      super(controlApi);
      this.webSocketConnector = webSocketConnector;
      this.webSocketPort = webSocketPort;
      addBean(webSocketPort);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (request.getConnectionMetaData().getConnector() == webSocketConnector) {
        return webSocketPort.handle(request, response, callback);
      }
      return super.handle(request, response, callback);
    }
  }
}
