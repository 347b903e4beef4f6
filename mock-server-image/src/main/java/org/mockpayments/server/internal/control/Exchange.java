package org.mockpayments.server.internal.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Json;

/**
 * One control API request and its answer: path parameters, query, strict body, and a JSON, text or
 * streamed response. Routes see only this, never how the request came: over HTTP ({@link
 * HttpExchange}) or in memory from the embedded server's own client ({@link MemoryExchange}). What
 * decides an answer's status, type and body lives here, so both carry the same bytes.
 */
public abstract sealed class Exchange permits HttpExchange, MemoryExchange {
  static final String JSON_TYPE = "application/json";

  private final String method;
  private final String rawQuery;
  final long maxBodyBytes;
  private List<String> pathParams = List.of();
  private Fields query;

  Exchange(String method, String rawQuery, long maxBodyBytes) {
    this.method = method;
    this.rawQuery = rawQuery;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Called by the router once a route's template has matched. */
  final void bindPathParams(List<String> params) {
    this.pathParams = params;
  }

  final String pathParam(int index) {
    return pathParams.get(index);
  }

  final String method() {
    return method;
  }

  final String query(String name) {
    return query().getValue(name);
  }

  final Set<String> queryNames() {
    return query().getNames();
  }

  private Fields query() {
    if (query == null) {
      Fields fields = new Fields(true);
      if (rawQuery != null && !rawQuery.isEmpty()) {
        try {
          UrlEncoded.decodeTo(rawQuery, fields::add, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw ApiException.badRequest(
              "The query '" + rawQuery + "' is not valid URL encoding: " + e.getMessage());
        }
      }
      query = fields;
    }
    return query;
  }

  final long queryLong(String name, long min, long max, long defaultValue) {
    String value = query(name);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below with the allowed range.
    }
    throw ApiException.badRequest(
        "Query parameter '"
            + name
            + "' must be a whole number from "
            + min
            + " to "
            + max
            + ", not '"
            + value
            + "'.");
  }

  /** The request body as strict JSON; an empty body is {@link JsonNull}. */
  final CompletableFuture<JsonElement> body() {
    return text().thenApply(text -> text.isBlank() ? JsonNull.INSTANCE : Json.parseBody(text));
  }

  /** The request body as text, for bodies that are not JSON, such as a YAML document. */
  abstract CompletableFuture<String> text();

  final void respond(int status, JsonElement body) {
    respondText(status, JSON_TYPE, Json.print(body) + "\n");
  }

  /** Answers with {@code text} of {@code contentType}, such as JSON Lines or PEM. */
  abstract void respondText(int status, String contentType, String text);

  /** Answers with the bytes of a file, which browsers should revalidate. */
  abstract void respondFile(String contentType, byte[] bytes);

  /** Starts an answer that goes on until the client leaves, such as Server-Sent Events. */
  abstract EventStream stream(String contentType);

  /** Adds a header to the answer, such as {@code Allow}. */
  abstract void header(String name, String value);

  /** Answers with {@code status} and no body. */
  abstract void respondEmpty(int status);

  /** Runs {@code then} once whatever is left of the request body has been read and discarded. */
  abstract void afterBody(Runnable then);

  /**
   * Answers with {@code status} and {@code toJson} of the result once it is there, or the failure.
   */
  final <T> void respondWhenDone(
      CompletableFuture<T> result, int status, Function<T, JsonElement> toJson) {
    result.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            fail(failure);
          } else {
            try {
              respond(status, toJson.apply(value));
            } catch (RuntimeException e) {
              fail(e);
            }
          }
        });
  }

  /** Answers with the error a failure stands for: an {@link ApiException}'s, or a 500 for a bug. */
  final void fail(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    int status;
    JsonElement body;
    if (cause instanceof ApiException api) {
      status = api.status;
      body = api.toJson();
    } else {
      status = 500;
      body =
          ApiException.errorBody(
              "internal_error",
              "The mock server failed unexpectedly (" + cause + "); please report this as a bug.");
    }
    afterBody(() -> respond(status, body));
  }

  /** The error of a body over the limit. */
  final ApiException tooLarge() {
    return new ApiException(
        413,
        "body_too_large",
        "The request body is larger than the limit of "
            + maxBodyBytes
            + " bytes (MOCK_MAX_BODY_BYTES).");
  }
}
