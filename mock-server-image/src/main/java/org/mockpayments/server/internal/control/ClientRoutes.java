package org.mockpayments.server.internal.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.websocket.ConnectionRegistry;
import org.mockpayments.server.internal.websocket.LiveConnection;

/**
 * {@code /clients?identity=query:order}: connections grouped by a client identity the test chooses
 * (a query parameter, a header or the path), with how often each client connected and the intervals
 * between its connections, so "reconnected 3 times with growing backoff" is one assertion.
 */
public final class ClientRoutes {
  private final ConnectionRegistry connections;

  public ClientRoutes(ConnectionRegistry connections) {
    this.connections = connections;
  }

  public void register(ControlRouter router) {
    router.route(
        "GET",
        "/clients",
        Set.of("identity"),
        ex -> {
          String identity = ex.query("identity");
          if (identity == null || identity.isBlank()) {
            throw ApiException.badRequest(
                "Say how clients are told apart: identity=query:<name>, header:<name> or path.");
          }
          Map<String, List<LiveConnection>> byClient = new LinkedHashMap<>();
          for (LiveConnection connection : connections.list()) {
            String key = identify(connection, identity);
            if (key != null) {
              byClient.computeIfAbsent(key, k -> new ArrayList<>()).add(connection);
            }
          }
          JsonArray clients = new JsonArray();
          byClient.forEach((key, connections) -> clients.add(history(key, connections)));
          ex.respond(200, clients);
        });
  }

  private static String identify(LiveConnection connection, String identity) {
    if (identity.equals("path")) {
      return connection.handshake().path();
    }
    if (identity.startsWith("query:")) {
      return connection.handshake().queryParameter(identity.substring(6));
    }
    if (identity.startsWith("header:")) {
      return connection.handshake().header(identity.substring(7));
    }
    throw ApiException.badRequest(
        "identity must be query:<name>, header:<name> or path, not '" + identity + "'.");
  }

  private static JsonObject history(String key, List<LiveConnection> connections) {
    JsonObject client = new JsonObject();
    client.addProperty("identity", key);
    client.addProperty("connections", connections.size());
    JsonArray ids = new JsonArray();
    JsonArray intervals = new JsonArray();
    for (int i = 0; i < connections.size(); i++) {
      ids.add(connections.get(i).id());
      if (i > 0) {
        intervals.add(
            Duration.between(connections.get(i - 1).openedAt(), connections.get(i).openedAt())
                .toMillis());
      }
    }
    client.add("ids", ids);
    client.add("intervalsMs", intervals);
    return client;
  }
}
