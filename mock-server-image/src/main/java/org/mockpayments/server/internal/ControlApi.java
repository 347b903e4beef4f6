package org.mockpayments.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The control port's router: {@code {param}} path templates per method, with JSON 404 and 405
 * answers, and every failure turned into the JSON error shape.
 */
final class ControlApi extends Handler.Abstract {
  /** What a route does with an exchange; it answers now or later, but always answers. */
  interface Action {
    void handle(Exchange exchange) throws Exception;
  }

  private record Route(String method, String[] segments, Action action) {}

  private final List<Route> routes = new ArrayList<>();
  private final long maxBodyBytes;
  private final byte[] token;

  /** {@code token}, when not null, must come with every request but those for the page's files. */
  ControlApi(long maxBodyBytes, String token) {
    this.maxBodyBytes = maxBodyBytes;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  ControlApi route(String method, String template, Action action) {
    routes.add(new Route(method, split(template), action));
    return this;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String[] path = split(Request.getPathInContext(request));
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      List<String> params = match(route.segments, path);
      if (params == null) {
        continue;
      }
      if (!route.method.equals(request.getMethod())) {
        allowed.add(route.method);
        continue;
      }
      Exchange exchange = new Exchange(request, response, callback, params, maxBodyBytes);
      try {
        if (!isPageFile(route) && !authorized(request, exchange)) {
          response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
          throw new ApiException(401, "unauthorized", "This mock's control API needs the header "
              + "'Authorization: Bearer <token>' with the token it was started with (MOCK_CONTROL_TOKEN).");
        }
        route.action.handle(exchange);
      } catch (Exception | StackOverflowError e) {
        exchange.fail(e);
      }
      return true;
    }
    Exchange exchange = new Exchange(request, response, callback, List.of(), maxBodyBytes);
    if (allowed.isEmpty()) {
      exchange.fail(ApiException.notFound(
          "There is no control route " + request.getMethod() + " " + Request.getPathInContext(request)
              + "; see the control API reference for the routes."));
    } else {
      response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
      exchange.fail(new ApiException(405, "method_not_allowed",
          Request.getPathInContext(request) + " does not take " + request.getMethod() + "; use "
              + String.join(" or ", allowed) + "."));
    }
    return true;
  }

  /** The debug page's own files hold no data; the page asks for the token and sends it itself. */
  private static boolean isPageFile(Route route) {
    return route.segments.length == 0 || route.segments[0].equals("ui");
  }

  /**
   * The token in the Authorization header, or in a {@code token} query parameter, which only
   * browsers' EventSource needs since it cannot send headers. Compared in constant time.
   */
  private boolean authorized(Request request, Exchange exchange) {
    if (token == null) {
      return true;
    }
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7) : exchange.query("token");
    return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }

  /** The values of the template's {@code {params}}, or null when the path does not fit. */
  private static List<String> match(String[] template, String[] path) {
    if (template.length != path.length) {
      return null;
    }
    List<String> params = new ArrayList<>();
    for (int i = 0; i < template.length; i++) {
      if (template[i].startsWith("{")) {
        params.add(path[i]);
      } else if (!template[i].equals(path[i])) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String path) {
    String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
  }
}
