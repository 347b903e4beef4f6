package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key store the user mounts instead of a generated certificate. */
class TlsKeyStoreTest extends EmbeddedServer {
  @TempDir static Path dir;

  @Override
  ServerSettings settings() {
    Path keyStore = dir.resolve("mine.p12");
    try {
      Process keytool =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                  "-genkeypair",
                  "-alias",
                  "mine",
                  "-keyalg",
                  "EC",
                  "-groupname",
                  "secp256r1",
                  "-dname",
                  "CN=my-own-cert",
                  "-ext",
                  "SAN=dns:localhost",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  keyStore.toString(),
                  "-storepass",
                  "changeit",
                  "-keypass",
                  "changeit")
              .redirectErrorStream(true)
              .start();
      keytool.getInputStream().readAllBytes();
      assertThat(keytool.waitFor()).as("keytool exit code").isZero();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return ServerSettings.builder().tls(TlsSettings.fromKeyStore(keyStore, "changeit")).build();
  }

  @Test
  void servesTheMountedCertificate() throws Exception {
    KeyStore mine = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve("mine.p12"))) {
      mine.load(in, "changeit".toCharArray());
    }
    Certificate served =
        CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new ByteArrayInputStream(
                    control.get("tls/certificate").body().getBytes(StandardCharsets.US_ASCII)));
    assertThat(served).isEqualTo(mine.getCertificate("mine"));
  }
}
