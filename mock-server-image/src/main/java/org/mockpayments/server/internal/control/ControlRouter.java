package org.mockpayments.server.internal.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.mockpayments.client.transport.ControlAnswer;
import org.mockpayments.server.internal.json.ApiException;

/**
 * The control port's router: {@code {param}} path templates per method, each with the query
 * parameters it accepts; JSON 404 and 405 answers, and every failure turned into the JSON error
 * shape.
 */
public final class ControlRouter extends Handler.Abstract {
  /** What a route does with an exchange; it answers now or later, but always answers. */
  interface Action {
    void handle(Exchange exchange) throws Exception;
  }

  private record Route(String method, String[] segments, Set<String> query, Action action) {}

  /** The query parameter that carries the token where headers cannot: browsers' EventSource. */
  private static final String TOKEN_PARAMETER = "token";

  private final List<Route> routes = new ArrayList<>();
  private final long maxBodyBytes;
  private final byte[] token;

  /** {@code token}, when not null, must come with every request but those for the page's files. */
  public ControlRouter(long maxBodyBytes, String token) {
    this.maxBodyBytes = maxBodyBytes;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** A route that takes no query parameters. */
  ControlRouter route(String method, String template, Action action) {
    return route(method, template, Set.of(), action);
  }

  /** A route that takes the query parameters {@code query}; any other is a 400 naming it. */
  ControlRouter route(String method, String template, Set<String> query, Action action) {
    routes.add(new Route(method, split(template), query, action));
    return this;
  }

  /** Every route as {@code METHOD /template}, such as {@code GET /connections/{id}}. */
  public List<String> routes() {
    return routes.stream()
        .map(route -> route.method + " /" + String.join("/", route.segments))
        .toList();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    dispatch(
        new HttpExchange(request, response, callback, maxBodyBytes),
        Request.getPathInContext(request),
        request.getHeaders().get(HttpHeader.AUTHORIZATION));
    return true;
  }

  /**
   * Answers a request of the embedded server's own client without HTTP: the same routes, checks and
   * errors, in memory.
   *
   * @param path the decoded path, such as {@code /connections/c1/send}
   * @param rawQuery the query as it would be in a URI, or null
   * @param authorization what the {@code Authorization} header would be, or null
   * @param body the body, or null without one
   */
  public CompletableFuture<ControlAnswer> answer(
      String method, String path, String rawQuery, String authorization, String body) {
    MemoryExchange exchange = new MemoryExchange(method, rawQuery, body, maxBodyBytes);
    dispatch(exchange, path, authorization);
    return exchange.answer();
  }

  private void dispatch(Exchange exchange, String pathInContext, String authorization) {
    String[] path = split(pathInContext);
    // Worded only for a 405: most requests find their route.
    Set<String> allowed = null;
    for (Route route : routes) {
      List<String> params = match(route.segments, path);
      if (params == null) {
        continue;
      }
      if (!route.method.equals(exchange.method())) {
        if (allowed == null) {
          allowed = new LinkedHashSet<>();
        }
        allowed.add(route.method);
        continue;
      }
      exchange.bindPathParams(params);
      try {
        if (!isPageFile(route) && !authorized(authorization, exchange, route)) {
          exchange.header(HttpHeader.WWW_AUTHENTICATE.asString(), "Bearer");
          throw new ApiException(
              401,
              "unauthorized",
              "This mock's control API needs the header 'Authorization: Bearer <token>' with the"
                  + " token it was started with (MOCK_CONTROL_TOKEN); only GET /events also takes"
                  + " it as ?token=.");
        }
        requireKnownQuery(exchange, route);
        route.action.handle(exchange);
      } catch (Exception | StackOverflowError e) {
        exchange.fail(e);
      }
      return;
    }
    if (allowed == null) {
      exchange.fail(
          ApiException.notFound(
              "There is no control route "
                  + exchange.method()
                  + " "
                  + pathInContext
                  + "; see the control API reference (GET /openapi.json lists every route)."));
    } else {
      exchange.header(HttpHeader.ALLOW.asString(), String.join(", ", allowed));
      exchange.fail(
          new ApiException(
              405,
              "method_not_allowed",
              pathInContext
                  + " does not take "
                  + exchange.method()
                  + "; use "
                  + String.join(" or ", allowed)
                  + "."));
    }
  }

  private static void requireKnownQuery(Exchange exchange, Route route) {
    Set<String> unknown = new TreeSet<>(exchange.queryNames());
    unknown.removeAll(route.query);
    if (route.segments.length == 1 && route.segments[0].equals("events")) {
      unknown.remove(TOKEN_PARAMETER);
    }
    if (!unknown.isEmpty()) {
      String where = exchange.method() + " /" + String.join("/", route.segments);
      throw ApiException.badRequest(
          "Unknown query parameter"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown.stream().map(name -> "'" + name + "'").toList())
              + " for "
              + where
              + "; "
              + (route.query.isEmpty()
                  ? "it takes none."
                  : "it takes: " + String.join(", ", new TreeSet<>(route.query)) + "."));
    }
  }

  /** The debug page's own files hold no data; the page asks for the token and sends it itself. */
  private static boolean isPageFile(Route route) {
    return route.segments.length == 0 || route.segments[0].equals("ui");
  }

  /**
   * The token in the Authorization header, or for {@code /events} alone in a {@code token} query
   * parameter, since browsers' EventSource cannot send headers. Compared in constant time.
   */
  private boolean authorized(String header, Exchange exchange, Route route) {
    if (token == null) {
      return true;
    }
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    if (given == null && route.segments.length == 1 && route.segments[0].equals("events")) {
      given = exchange.query(TOKEN_PARAMETER);
    }
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

  /** The path's segments: what lies between slashes, with no empty ones ("//a/" is ["a"]). */
  private static String[] split(String path) {
    List<String> segments = new ArrayList<>();
    int start = 0;
    int length = path == null ? 0 : path.length();
    for (int i = 0; i <= length; i++) {
      if (i == length || path.charAt(i) == '/') {
        if (i > start) {
          segments.add(path.substring(start, i));
        }
        start = i + 1;
      }
    }
    return segments.toArray(String[]::new);
  }
}
