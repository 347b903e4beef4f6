package org.mockpayments.server.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The WebSocket port's TLS key and certificate: loaded from a PKCS12 key store, or self-signed at
 * start by the JDK's own keytool (the JDK has no public API to make a certificate), covering
 * localhost, 127.0.0.1, the host name and any names asked for.
 */
public record TlsCertificate(KeyStore keyStore, String password) {
  public static TlsCertificate load(Path file, String password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password == null ? null : password.toCharArray());
      return new TlsCertificate(store, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "Cannot read the TLS key store " + file + ": " + e.getMessage(), e);
    }
  }

  public static TlsCertificate selfSigned(List<String> extraNames) {
    String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    Path dir = null;
    try {
      dir = Files.createTempDirectory("mock-tls");
      Path file = dir.resolve("mock.p12");
      Process keytool =
          new ProcessBuilder(
                  keytool(),
                  "-genkeypair",
                  "-alias",
                  "mock",
                  "-keyalg",
                  "EC",
                  "-groupname",
                  "secp256r1",
                  "-dname",
                  "CN=mock-payments-server",
                  "-validity",
                  "3650",
                  "-ext",
                  "SAN=" + subjectAlternativeNames(extraNames),
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  file.toString(),
                  "-storepass",
                  password,
                  "-keypass",
                  password)
              .redirectErrorStream(true)
              .start();
      String output = new String(keytool.getInputStream().readAllBytes());
      if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
        throw new IllegalStateException("keytool could not make a certificate: " + output);
      }
      return load(file, password);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot make a self-signed certificate (is java.io.tmpdir writable?): " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** The certificate as PEM, for clients to trust. */
  public String pem() {
    try {
      Certificate certificate = keyStore.getCertificate(keyStore.aliases().nextElement());
      String base64 =
          Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The TLS key store holds no readable certificate", e);
    }
  }

  private static String subjectAlternativeNames(List<String> extraNames) {
    Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
    try {
      names.add(InetAddress.getLocalHost().getHostName());
    } catch (IOException unknownHost) {
      // Without a resolvable host name the certificate covers the rest.
    }
    names.addAll(extraNames);
    List<String> entries = new ArrayList<>();
    for (String name : names) {
      entries.add((name.matches("[0-9.]+") || name.contains(":") ? "ip:" : "dns:") + name);
    }
    return String.join(",", entries);
  }

  /** keytool beside the running java: in the image and in any JDK alike. */
  private static String keytool() {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseThrow(() -> new IllegalStateException("Cannot tell where the running java is"));
    return Path.of(java).resolveSibling("keytool").toString();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // A temporary file left behind holds a throwaway key only.
    }
  }
}
