package org.mockpayments.testsupport;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The control API's OpenAPI 3.1 document, as a checker of real answers: an answer is checked by
 * Vert.x's OpenAPI validator against the operation its method and path name (status, content type
 * and body schema); an answer to a path or method the document does not have must be a 404 or 405
 * in the {@code Error} shape. The document is the one the server serves, read from its jar.
 */
public final class ControlContract {
  private static final String RESOURCE = "org/mockpayments/server/openapi.json";
  private static volatile ControlContract instance;

  /**
   * What Vert.x's validator takes; answers of other media types are checked here, by media type.
   */
  private static final Set<String> VALIDATED_MEDIA_TYPES = Set.of("application/json");

  private final OpenAPIContract contract;
  private final ResponseValidator validator;
  private final Validator errorShape;

  /** Per operation and status, the media types of the whole document. */
  private final Map<String, Set<String>> mediaTypes = new HashMap<>();

  private ControlContract(JsonObject document) {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    this.contract = OpenAPIContract.from(vertx, withJsonBodiesOnly(document)).await();
    this.validator = ResponseValidator.create(vertx, contract);
    JsonObject error =
        document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Error");
    this.errorShape =
        Validator.create(
            JsonSchema.of(error),
            new JsonSchemaOptions()
                .setDraft(Draft.DRAFT202012)
                .setBaseUri("https://mockpayments.org/"));
  }

  /** The contract of the server on this classpath. */
  public static ControlContract get() {
    if (instance == null) {
      synchronized (ControlContract.class) {
        if (instance == null) {
          instance = new ControlContract(read());
        }
      }
    }
    return instance;
  }

  /**
   * What is wrong with this answer by the document, or null when it fits.
   *
   * @param uri the request's URI; only its path counts
   */
  public String violation(String method, URI uri, int status, String contentType, String body) {
    String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    Operation operation = contract.findOperation(path, HttpMethod.valueOf(method));
    if (operation == null) {
      return noRoute(method, path, status, body);
    }
    if (operation.getResponse(status) == null) {
      return method
          + " "
          + path
          + " answered "
          + status
          + ", which the document does not list for "
          + operation.getOperationId()
          + ": "
          + body;
    }
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    if (status == 204 || body == null || body.isEmpty()) {
      return null;
    }
    Set<String> listed =
        mediaTypes.getOrDefault(operation.getOperationId() + " " + status, Set.of());
    if (!listed.contains(mediaType)) {
      return method
          + " "
          + path
          + " answered "
          + status
          + " as '"
          + contentType
          + "'; the document lists "
          + listed;
    }
    if (!VALIDATED_MEDIA_TYPES.contains(mediaType)) {
      return null;
    }
    try {
      validator
          .validate(
              ValidatableResponse.create(status, Map.of(), Buffer.buffer(body, "UTF-8"), mediaType),
              operation.getOperationId())
          .await();
      return null;
    } catch (RuntimeException invalid) {
      return method
          + " "
          + path
          + " answered "
          + status
          + " against the document ("
          + operation.getOperationId()
          + "): "
          + describe(invalid)
          + "; body: "
          + shorten(body);
    }
  }

  /**
   * A copy of the document for the validator, whose responses keep only the media types it
   * supports; the others are remembered here, per operation and status, to check answers by.
   * Request bodies keep only those media types too (an AsyncAPI document may be posted as YAML):
   * only answers are validated.
   */
  private JsonObject withJsonBodiesOnly(JsonObject document) {
    JsonObject copy = document.copy();
    JsonObject responses = copy.getJsonObject("components").getJsonObject("responses");
    JsonObject paths = copy.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject operations = paths.getJsonObject(path);
      for (String method : operations.fieldNames()) {
        JsonObject operation = operations.getJsonObject(method);
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody != null && requestBody.getJsonObject("content") != null) {
          JsonObject requestContent = requestBody.getJsonObject("content");
          new HashSet<>(requestContent.fieldNames())
              .stream()
                  .filter(type -> !VALIDATED_MEDIA_TYPES.contains(type))
                  .forEach(requestContent::remove);
        }
        JsonObject byStatus = operation.getJsonObject("responses");
        for (String status : byStatus.fieldNames()) {
          JsonObject response = byStatus.getJsonObject(status);
          if (response.containsKey("$ref")) {
            String name = response.getString("$ref").substring("#/components/responses/".length());
            response = responses.getJsonObject(name);
          }
          JsonObject content = response.getJsonObject("content");
          Set<String> types = content == null ? Set.of() : Set.copyOf(content.fieldNames());
          mediaTypes.put(operation.getString("operationId") + " " + status, types);
          if (content != null && !response.containsKey("$ref")) {
            new HashSet<>(content.fieldNames())
                .stream()
                    .filter(type -> !VALIDATED_MEDIA_TYPES.contains(type))
                    .forEach(content::remove);
            if (content.isEmpty()) {
              response.remove("content");
            }
          }
        }
      }
    }
    return copy;
  }

  private String noRoute(String method, String path, int status, String body) {
    if (!Set.of(404, 405).contains(status)) {
      return method
          + " "
          + path
          + " is in no operation of the document, yet answered "
          + status
          + ": "
          + shorten(body);
    }
    OutputUnit result = errorShape.validate(new JsonObject(body));
    return result.getValid()
        ? null
        : method + " " + path + " answered " + status + " not in the Error shape: " + body;
  }

  private static String describe(Throwable invalid) {
    StringBuilder text = new StringBuilder(String.valueOf(invalid.getMessage()));
    for (Throwable cause = invalid.getCause(); cause != null; cause = cause.getCause()) {
      text.append(" / ").append(cause.getMessage());
    }
    return text.toString();
  }

  private static String shorten(String body) {
    return body.length() > 400 ? body.substring(0, 400) + "..." : body;
  }

  private static JsonObject read() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is not on the classpath: the tests need the server's jar");
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
