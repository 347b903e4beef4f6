package org.mockpayments.server.internal.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mockpayments.server.internal.journal.PathPattern;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.schema.Pointers;

/** Reads an AsyncAPI document, whichever version it is, into a {@link Contract}. */
public final class ContractReader {
  private ContractReader() {}

  /**
   * Reads {@code text}.
   *
   * @param directory where the document's file lies, for {@code $ref}s to files beside it; null for
   *     a document that has none (one posted to the control API)
   * @param name the document as messages call it ("the document", "the AsyncAPI file x.yaml")
   * @throws ApiException a 400 whose sentence names the problem and where it is
   */
  public static Contract read(String text, Path directory, String name) {
    JsonElement parsed = DocumentText.parse(text, name);
    if (!parsed.isJsonObject()) {
      throw ApiException.badRequest(
          ApiException.sentence(name) + " is not an AsyncAPI document: it is not an object.");
    }
    JsonObject written = parsed.getAsJsonObject();
    String asyncApi = version(written, name);
    JsonObject resolved = References.resolve(written, directory).getAsJsonObject();
    JsonElement title = Pointers.get(resolved, "/info/title");
    JsonElement version = Pointers.get(resolved, "/info/version");
    List<String> warnings = new ArrayList<>();
    String titleText = title == null ? "" : title.getAsString();
    String versionText = version == null ? "" : version.getAsString();
    return asyncApi.startsWith("3.")
        ? new V3Reader(written, resolved, warnings).read(asyncApi, titleText, versionText)
        : new V2Reader(written, resolved, warnings).read(asyncApi, titleText, versionText);
  }

  /** The WebSocket path of a channel's address (3.0) or name (2.x): {@code /} added in front. */
  static PathPattern pathOf(String address) {
    return PathPattern.of(address.startsWith("/") ? address : "/" + address);
  }

  private static String version(JsonObject document, String name) {
    JsonElement field = document.get("asyncapi");
    if (field == null || !field.isJsonPrimitive()) {
      String found =
          document.has("openapi") || document.has("swagger")
              ? " (it is an OpenAPI document, which describes HTTP APIs)"
              : "";
      throw ApiException.badRequest(
          ApiException.sentence(name)
              + " is not an AsyncAPI document"
              + found
              + ": it has no 'asyncapi' field naming its version, such as asyncapi: 3.0.0.");
    }
    String version = field.getAsString();
    if (!version.matches("3\\.0\\.\\d+|2\\.[0-6]\\.\\d+")) {
      throw ApiException.badRequest(
          ApiException.sentence(name)
              + " is AsyncAPI "
              + version
              + ", which the mock does not read: it reads 3.0 and 2.0 to 2.6"
              + (version.startsWith("1.")
                  ? " (the AsyncAPI CLI's 'asyncapi convert' turns a 1.x document into 3.0)."
                  : "."));
    }
    return version;
  }
}
