package org.mockpayments.server.internal.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Json;

/**
 * One control API request and its answer: path parameters, query, strict body, and a JSON, text or
 * streamed response. Routes see only this, never Jetty's types.
 */
public final class Exchange {
  private static final String JSON_TYPE = "application/json";

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final List<String> pathParams;
  private final long maxBodyBytes;
  private Fields query;

  Exchange(
      Request request,
      Response response,
      Callback callback,
      List<String> pathParams,
      long maxBodyBytes) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.pathParams = pathParams;
    this.maxBodyBytes = maxBodyBytes;
  }

  String pathParam(int index) {
    return pathParams.get(index);
  }

  String method() {
    return request.getMethod();
  }

  String query(String name) {
    return query().getValue(name);
  }

  Set<String> queryNames() {
    return query().getNames();
  }

  private Fields query() {
    if (query == null) {
      query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    }
    return query;
  }

  long queryLong(String name, long min, long max, long defaultValue) {
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
  CompletableFuture<JsonElement> body() {
    return RequestBody.json(request, maxBodyBytes);
  }

  /** The request body as text, for bodies that are not JSON, such as a YAML document. */
  CompletableFuture<String> text() {
    return RequestBody.text(request, maxBodyBytes);
  }

  void respond(int status, JsonElement body) {
    respondText(status, JSON_TYPE, Json.print(body) + "\n");
  }

  /** Answers with {@code text} of {@code contentType}, such as JSON Lines or PEM. */
  void respondText(int status, String contentType, String text) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    Content.Sink.write(response, true, text, callback);
  }

  /** Answers with the bytes of a file, which browsers should revalidate. */
  void respondFile(String contentType, byte[] bytes) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** Starts an answer that goes on until the client leaves, such as Server-Sent Events. */
  EventStream stream(String contentType) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    return new EventStream(response, callback);
  }

  /** Adds a header to the answer, such as {@code Allow}. */
  void header(String name, String value) {
    response.getHeaders().put(name, value);
  }

  /**
   * Answers with {@code status} and {@code toJson} of the result once it is there, or the failure.
   */
  <T> void respondWhenDone(
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

  void respondEmpty(int status) {
    response.setStatus(status);
    callback.succeeded();
  }

  /** Answers with the error a failure stands for: an {@link ApiException}'s, or a 500 for a bug. */
  void fail(Throwable failure) {
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
    RequestBody.drain(request, () -> respond(status, body));
  }
}
