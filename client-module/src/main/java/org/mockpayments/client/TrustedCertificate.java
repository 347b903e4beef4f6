package org.mockpayments.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A trust store and an SSL context that trust exactly one PEM certificate. */
final class TrustedCertificate {
  private TrustedCertificate() {}

  static KeyStore trustStore(String pem) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry(
          "mock-payments-server",
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "The mock's certificate cannot be read: " + e.getMessage(), e);
    }
  }

  static SSLContext sslContext(KeyStore trustStore) {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trustStore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build an SSL context for the mock's certificate", e);
    }
  }
}
