package org.mockpayments.server.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.mockpayments.client.AsyncApiPerspective;
import org.mockpayments.server.ProxySettings;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.server.TlsSettings;
import org.mockpayments.server.internal.contract.Perspective;
import org.mockpayments.server.internal.control.CertificateRoutes;
import org.mockpayments.server.internal.control.ClientRoutes;
import org.mockpayments.server.internal.control.ConnectionActionRoutes;
import org.mockpayments.server.internal.control.ConnectionRoutes;
import org.mockpayments.server.internal.control.ContractRoutes;
import org.mockpayments.server.internal.control.ControlRouter;
import org.mockpayments.server.internal.control.EventRoutes;
import org.mockpayments.server.internal.control.FrameRoutes;
import org.mockpayments.server.internal.control.HealthRoutes;
import org.mockpayments.server.internal.control.JsonErrorHandler;
import org.mockpayments.server.internal.control.OpenApiRoutes;
import org.mockpayments.server.internal.control.PageRoutes;
import org.mockpayments.server.internal.control.ProxyRoutes;
import org.mockpayments.server.internal.control.RecordingRoutes;
import org.mockpayments.server.internal.control.RejectionRoutes;
import org.mockpayments.server.internal.control.ResetRoutes;
import org.mockpayments.server.internal.control.StubRoutes;
import org.mockpayments.server.internal.control.TranscriptRoutes;
import org.mockpayments.server.internal.handler.JavaHandlers;
import org.mockpayments.server.internal.proxy.Target;
import org.mockpayments.server.internal.tls.TlsCertificate;
import org.mockpayments.server.internal.websocket.Proxy;
import org.mockpayments.server.internal.websocket.WebSocketPort;

/**
 * Builds the unstarted Jetty server: one connector for WebSocket upgrades, one for the control API,
 * and a handler that sends each request to its port's handler. Public only for {@code
 * MockPaymentsServer}.
 */
public final class ServerAssembly {
  /** A server not yet started, and the way its Java handlers are added. */
  public record Assembled(Server jetty, JavaHandlers handlers, ControlRouter router) {}

  /** How long an HTTP or WebSocket connection may sit idle: longer than any await may last. */
  private static final Duration IDLE_TIMEOUT = Duration.ofHours(1);

  private ServerAssembly() {}

  /**
   * An unstarted server for {@code settings}, logging to {@code out}, or to nothing when it is
   * null.
   *
   * @throws IllegalArgumentException if the stubs file, the AsyncAPI file or the TLS key store
   *     cannot be read or is not valid
   */
  public static Assembled build(ServerSettings settings, PrintStream out) {
    Server server = new Server();
    server.setErrorHandler(new JsonErrorHandler());

    TlsCertificate certificate = tlsCertificate(settings.tls());
    ServerConnector webSocketConnector =
        certificate == null
            ? new ServerConnector(server)
            : new ServerConnector(server, sslContextFactory(certificate), secureHttp());
    webSocketConnector.setPort(settings.webSocketPort());
    webSocketConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    ServerConnector controlConnector = new ServerConnector(server);
    controlConnector.setPort(settings.controlPort());
    controlConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    server.addConnector(webSocketConnector);
    server.addConnector(controlConnector);

    ProxySettings proxy = settings.proxy();
    MockState mock =
        new MockState(
            new ConsoleLog(out),
            settings.journalLimit(),
            proxy.target() == null
                ? null
                : Target.configured(proxy.target(), proxy.headers(), proxy.trustAnyCertificate()));
    StartupStubs.load(mock.stubs, settings);
    if (settings.asyncApiFile() != null) {
      mock.contracts.loadAtStart(
          settings.asyncApiFile(),
          settings.asyncApiPerspective() == AsyncApiPerspective.CLIENT
              ? Perspective.CLIENT
              : Perspective.SERVER);
    }

    ServerWebSocketContainer container = ServerWebSocketContainer.ensure(server);
    container.setIdleTimeout(IDLE_TIMEOUT);
    container.setMaxTextMessageSize(settings.maxMessageBytes());
    container.setMaxBinaryMessageSize(settings.maxMessageBytes());
    container.setMaxFrameSize(settings.maxMessageBytes());
    Handler upgrades =
        new WebSocketPort(
            mock.connections,
            mock.rejections,
            mock.stubs,
            new Proxy(mock.proxyTargets, mock.upstreams),
            mock.log::info,
            container,
            controlConnector::getLocalPort);
    upgrades.setServer(server);

    ControlRouter router = router(settings, mock, certificate);
    server.setHandler(new ByConnector(webSocketConnector, upgrades, router));
    server.addEventListener(
        new LifeCycle.Listener() {
          @Override
          public void lifeCycleStopping(LifeCycle event) {
            // Clients get a proper 1001 rather than a broken connection when the server stops.
            mock.closeAll("mock server shutting down")
                .completeOnTimeout(null, 1, TimeUnit.SECONDS)
                .join();
            try {
              mock.upstreams.close();
            } catch (Exception e) {
              mock.log.info("the proxy's client did not stop cleanly: " + e);
            }
            mock.log.info("stopped");
          }
        });
    return new Assembled(
        server, new JavaHandlers(mock.stubs, mock.journal, mock.log::info), router);
  }

  /** The control API's router with every route; {@code certificate} is null without TLS. */
  static ControlRouter router(ServerSettings settings, MockState mock, TlsCertificate certificate) {
    ControlRouter router = new ControlRouter(settings.maxBodyBytes(), settings.controlToken());
    new HealthRoutes(mock.journal).register(router);
    new ResetRoutes(mock::reset).register(router);
    new ConnectionRoutes(mock.connections, mock.scheduler).register(router);
    new ConnectionActionRoutes(
            mock.connections, mock.scheduler, settings.writeTimeout(), mock.contracts)
        .register(router);
    new FrameRoutes(mock.journal, mock.connections, mock.scheduler).register(router);
    new StubRoutes(mock.stubs).register(router);
    new ContractRoutes(mock.contracts).register(router);
    new RejectionRoutes(mock.rejections).register(router);
    new ClientRoutes(mock.connections).register(router);
    new TranscriptRoutes(mock.journal).register(router);
    new EventRoutes(mock.events, mock.scheduler).register(router);
    new PageRoutes().register(router);
    new CertificateRoutes(certificate).register(router);
    new ProxyRoutes(mock.proxyTargets).register(router);
    new RecordingRoutes(mock.recorder).register(router);
    new OpenApiRoutes().register(router);
    return router;
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
}
