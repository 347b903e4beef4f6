package org.mockpayments.server.internal.control;

import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Json;

/**
 * Errors that Jetty itself raises (malformed HTTP, oversized headers) in the control API's JSON
 * shape.
 */
public final class JsonErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() > 0 ? response.getStatus() : 500;
    Object message = request.getAttribute(ERROR_MESSAGE);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(
        response, true, body(status, message == null ? null : message.toString()), callback);
    return true;
  }

  private static String body(int status, String reason) {
    String message =
        "The HTTP request could not be handled: "
            + HttpStatus.getMessage(status)
            + (reason == null || reason.isBlank() ? "" : " (" + reason + ")")
            + ".";
    String code = HttpStatus.getMessage(status).toLowerCase(Locale.ROOT).replace(' ', '_');
    return Json.print(ApiException.errorBody(code, message)) + "\n";
  }
}
