package org.mockpayments.server.internal;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;

/**
 * {@code /transcript}: the whole conversation since start or reset as JSON Lines, in time order:
 * connections opening and closing, frames in both directions and refused upgrades.
 */
final class TranscriptRoute {
  private final Mock mock;

  TranscriptRoute(Mock mock) {
    this.mock = mock;
  }

  void register(ControlApi api) {
    api.route("GET", "/transcript", ex -> {
      List<JsonObject> lines = new ArrayList<>();
      for (LiveConnection connection : mock.connections.list()) {
        JsonObject record = connection.toJson();
        lines.add(line("open", record.get("openedAt").getAsString(), record));
        if (record.has("closedAt") && !record.get("closedAt").isJsonNull()) {
          lines.add(line("closed", record.get("closedAt").getAsString(), record));
        }
      }
      mock.journal.read(0, new FrameQuery(null, null, EnumSet.allOf(FrameType.class), Match.ANY))
          .forEach(entry -> lines.add(line("frame", entry.at().toString(), entry.toJson())));
      mock.rejections.attempts().forEach(attempt -> lines.add(line("rejected", attempt.get("at").getAsString(), attempt)));
      lines.sort(Comparator.comparing(line -> java.time.Instant.parse(line.get("at").getAsString())));

      StringBuilder body = new StringBuilder();
      lines.forEach(line -> body.append(Json.print(line)).append('\n'));
      ex.response.setStatus(200);
      ex.response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-ndjson");
      Content.Sink.write(ex.response, true, body.toString(), ex.callback);
    });
  }

  private static JsonObject line(String kind, String at, JsonObject data) {
    JsonObject line = new JsonObject();
    line.addProperty("kind", kind);
    line.addProperty("at", at);
    line.add("data", data);
    return line;
  }
}
