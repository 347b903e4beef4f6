package org.mockpayments.server.internal.control;

import com.google.gson.JsonObject;
import org.mockpayments.server.internal.journal.Journal;

/** {@code /health}: up, the latest seq, and the journal's size. */
public final class HealthRoutes {
  private final Journal journal;

  public HealthRoutes(Journal journal) {
    this.journal = journal;
  }

  public void register(ControlRouter router) {
    router.route(
        "GET",
        "/health",
        ex -> {
          JsonObject status = new JsonObject();
          status.addProperty("status", "UP");
          status.addProperty("seq", journal.lastSeq());
          JsonObject entries = new JsonObject();
          entries.addProperty("entries", journal.size());
          entries.addProperty("evicted", journal.evicted());
          status.add("journal", entries);
          ex.respond(200, status);
        });
  }
}
