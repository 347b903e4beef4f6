package org.mockpayments.server.internal;

/** {@code /tls/certificate}: the WebSocket port's certificate as PEM, for clients to trust. */
final class CertificateRoute {
  private final TlsCertificate certificate;

  /** {@code certificate} is null when the WebSocket port is plain {@code ws://}. */
  CertificateRoute(TlsCertificate certificate) {
    this.certificate = certificate;
  }

  void register(ControlApi api) {
    api.route("GET", "/tls/certificate", ex -> {
      if (certificate == null) {
        throw ApiException.notFound(
            "This server serves plain ws://, so it has no certificate (start it with MOCK_TLS=true).");
      }
      ex.respondText(200, "application/x-pem-file", certificate.pem());
    });
  }
}
