package org.mockpayments.client;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import java.security.CodeSource;

/**
 * What the client needs of the class path it shares with the user's build, where the build's
 * dependency management may have picked an older library than the one we were built with. Checked
 * when a client is made, so that the user reads a sentence naming the cause and the fix instead of
 * a {@code NoSuchMethodError} in the middle of a call.
 */
final class ClassPathRequirements {
  /** Gson 2.10 reads and writes records, which every wire type of the client is. */
  private static final boolean GSON_READS_RECORDS = hasMethod(JsonArray.class, "asList");

  private ClassPathRequirements() {}

  static void check() {
    if (!GSON_READS_RECORDS) {
      throw new IllegalStateException(
          "mock-payments needs Gson 2.10 or newer (it reads records), but the Gson on this class"
              + " path is older ("
              + jarOf(Gson.class)
              + "). Your build's dependency management picked it: let it pick 2.10 or newer, for"
              + " example with com.google.code.gson:gson:2.13.2 in <dependencyManagement>.");
    }
  }

  private static boolean hasMethod(Class<?> type, String name) {
    try {
      type.getMethod(name);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static String jarOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "from an unknown location";
    }
    String path = source.getLocation().getPath();
    return "from " + path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
  }
}
