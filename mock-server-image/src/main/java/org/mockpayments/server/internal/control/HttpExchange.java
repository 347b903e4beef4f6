package org.mockpayments.server.internal.control;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A control request that came over HTTP, answered through Jetty. */
final class HttpExchange extends Exchange {
  private final Request request;
  private final Response response;
  private final Callback callback;

  HttpExchange(Request request, Response response, Callback callback, long maxBodyBytes) {
    super(request.getMethod(), request.getHttpURI().getQuery(), maxBodyBytes);
    this.request = request;
    this.response = response;
    this.callback = callback;
  }

  @Override
  CompletableFuture<String> text() {
    return RequestBody.text(request, maxBodyBytes, this::tooLarge);
  }

  @Override
  void respondText(int status, String contentType, String text) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    Content.Sink.write(response, true, text, callback);
  }

  @Override
  void respondFile(String contentType, byte[] bytes) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  @Override
  EventStream stream(String contentType) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    return new EventStream(response, callback);
  }

  @Override
  void header(String name, String value) {
    response.getHeaders().put(name, value);
  }

  @Override
  void respondEmpty(int status) {
    response.setStatus(status);
    callback.succeeded();
  }

  @Override
  void afterBody(Runnable then) {
    RequestBody.drain(request, then);
  }
}
