package org.mockpayments.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The image name and tag the build wrote into this module, so the version is typed only once. */
final class ImageVersion {
  static final String NAME;
  static final String TAG;

  static {
    Properties properties = new Properties();
    try (InputStream in = ImageVersion.class.getResourceAsStream("image.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "image.properties is missing from the mock-payments-testcontainers jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NAME = properties.getProperty("image.name");
    TAG = properties.getProperty("image.tag");
  }

  private ImageVersion() {}
}
