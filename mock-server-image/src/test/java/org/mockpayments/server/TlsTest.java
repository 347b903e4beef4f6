package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

class TlsTest extends EmbeddedServer {
  @Override
  ServerSettings settings() {
    return ServerSettings.builder().tls(TlsSettings.selfSigned(List.of("payments.test"))).build();
  }

  @Test
  void servesWssWithAGeneratedCertificateThatClientsCanTrust() throws Exception {
    ControlHttp.Answer pem = control.get("tls/certificate");
    assertThat(pem.status()).isEqualTo(200);
    assertThat(pem.contentType()).isEqualTo("application/x-pem-file");
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(pem.body().getBytes(StandardCharsets.US_ASCII)));
    List<String> names =
        certificate.getSubjectAlternativeNames().stream()
            .map(name -> String.valueOf(name.get(1)))
            .toList();
    assertThat(names).contains("localhost", "127.0.0.1", "payments.test");

    CompletableFuture<String> received = new CompletableFuture<>();
    WebSocket socket =
        HttpClient.newBuilder()
            .sslContext(trusting(certificate))
            .build()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create("wss://localhost:" + server.webSocketPort() + "/secure"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    received.complete(data.toString());
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    control.get("connections/await");
    control.post("connections/latest/send", "{\"text\":\"over TLS\"}");
    assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo("over TLS");
    socket.sendText("hello", true).join();
    assertThat(awaitFrame("{}").get("text").getAsString()).isEqualTo("hello");
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateIsRefused() {
    assertThatThrownBy(
            () ->
                HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(
                        URI.create("wss://localhost:" + server.webSocketPort() + "/secure"),
                        new WebSocket.Listener() {})
                    .get(10, TimeUnit.SECONDS))
        .hasStackTraceContaining("PKIX path building failed");
  }

  static SSLContext trusting(X509Certificate certificate) throws Exception {
    KeyStore trustStore = KeyStore.getInstance("PKCS12");
    trustStore.load(null, null);
    trustStore.setCertificateEntry("mock", certificate);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trustStore);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
