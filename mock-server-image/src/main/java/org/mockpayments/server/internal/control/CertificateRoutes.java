package org.mockpayments.server.internal.control;

import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.tls.TlsCertificate;

/** {@code /tls/certificate}: the WebSocket port's certificate as PEM, for clients to trust. */
public final class CertificateRoutes {
  private final TlsCertificate certificate;

  /** {@code certificate} is null when the WebSocket port is plain {@code ws://}. */
  public CertificateRoutes(TlsCertificate certificate) {
    this.certificate = certificate;
  }

  public void register(ControlRouter router) {
    router.route(
        "GET",
        "/tls/certificate",
        ex -> {
          if (certificate == null) {
            throw ApiException.notFound(
                "This server serves plain ws://, so it has no certificate (start it with"
                    + " MOCK_TLS=true).");
          }
          ex.respondText(200, "application/x-pem-file", certificate.pem());
        });
  }
}
