package org.mockpayments.server.internal.control;

import java.util.Set;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.json.Json;

/**
 * {@code /transcript}: the conversation since start or reset (or after {@code since}) as JSON
 * Lines, in the order it happened: connections opening and closing, frames in both directions and
 * refused upgrades.
 */
public final class TranscriptRoutes {
  private final Journal journal;

  public TranscriptRoutes(Journal journal) {
    this.journal = journal;
  }

  public void register(ControlRouter router) {
    router.route(
        "GET",
        "/transcript",
        Set.of("since"),
        ex -> {
          long since = ex.queryLong("since", 0, Long.MAX_VALUE, 0);
          StringBuilder body = new StringBuilder();
          journal
              .read(since, entry -> true)
              .forEach(
                  entry -> body.append(Json.print(JsonViews.transcriptLine(entry))).append('\n'));
          ex.respondText(200, "application/x-ndjson", body.toString());
        });
  }
}
