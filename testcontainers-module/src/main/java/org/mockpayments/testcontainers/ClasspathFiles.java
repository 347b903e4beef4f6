package org.mockpayments.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Classpath resources as files on the host, to copy into the container. */
final class ClasspathFiles {
  private ClasspathFiles() {}

  /**
   * The file of {@code resource}: where it lies, when it lies in a directory (so the files beside
   * it come along); else a copy of it alone in a new temporary directory, such as for a resource
   * inside a jar.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  static Path path(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    URL url = Thread.currentThread().getContextClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("There is no classpath resource " + resource + ".");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI());
      }
      Path directory = Files.createTempDirectory("mock-payments-asyncapi");
      Path copy = directory.resolve(Path.of(name).getFileName().toString());
      try (InputStream in = url.openStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath resource " + resource, e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("The classpath resource " + resource + " has no path.", e);
    }
  }
}
