package org.mockpayments.server.internal.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.mockpayments.server.internal.frames.Direction;
import org.mockpayments.server.internal.frames.FrameType;
import org.mockpayments.server.internal.frames.PayloadMatcher;
import org.mockpayments.server.internal.journal.FrameQuery;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;
import org.mockpayments.server.internal.websocket.ConnectionRegistry;

/** {@code /frames}: read the journal's frames, and await the first frame that fits. */
public final class FrameRoutes {
  private static final int LISTED_ON_TIMEOUT = 20;
  private static final int PAYLOAD_ON_TIMEOUT = 120;

  private final Journal journal;
  private final ConnectionRegistry connections;
  private final ScheduledExecutorService scheduler;

  public FrameRoutes(
      Journal journal, ConnectionRegistry connections, ScheduledExecutorService scheduler) {
    this.journal = journal;
    this.connections = connections;
    this.scheduler = scheduler;
  }

  public void register(ControlRouter router) {
    router
        .route("GET", "/frames", Set.of("connection", "direction", "since"), this::read)
        .route("POST", "/frames/await", this::await);
  }

  private void read(Exchange ex) {
    String direction = ex.query("direction");
    FrameQuery query =
        new FrameQuery(
            knownConnection(ex.query("connection"), "query parameter 'connection'"),
            direction == null || direction.isEmpty()
                ? null
                : parseDirection(direction, "query parameter 'direction'"),
            EnumSet.allOf(FrameType.class),
            PayloadMatcher.ANY);
    long since = ex.queryLong("since", 0, Long.MAX_VALUE, 0);
    ex.respond(200, JsonViews.frames(journal.read(since, query)));
  }

  private void await(Exchange ex) {
    ex.respondWhenDone(
        ex.body()
            .thenCompose(
                json -> {
                  JsonBody body =
                      JsonBody.of(
                          json,
                          "the body",
                          "connection",
                          "direction",
                          "type",
                          "since",
                          "match",
                          "timeoutMs");
                  String direction = body.string("direction");
                  String type = body.string("type");
                  FrameType filterType = type == null ? null : FrameType.parse(type, "'type'");
                  // The filter's type carries into the match unless the match names its own;
                  // without a filter type, the frames read are those the match reads.
                  PayloadMatcher match =
                      PayloadMatcher.parse(body.raw("match"), "'match'", filterType);
                  Set<FrameType> types =
                      filterType == null ? match.types() : EnumSet.of(filterType);
                  FrameQuery query =
                      new FrameQuery(
                          knownConnection(body.string("connection"), "'connection'"),
                          direction == null
                              ? Direction.IN
                              : parseDirection(direction, "'direction'"),
                          types,
                          match);
                  long since = body.integer("since", 0, Long.MAX_VALUE, 0);
                  long timeoutMs = body.integer("timeoutMs", 0, LongPoll.MAX_TIMEOUT_MS, 5000);
                  CompletableFuture<JournalEntry> pending = journal.await(since, query);
                  return LongPoll.within(
                      pending,
                      timeoutMs,
                      scheduler,
                      () -> journal.cancel(pending),
                      () -> ApiException.timeout(timeoutMessage(query, since, timeoutMs)));
                }),
        200,
        JsonViews::frame);
  }

  /**
   * A connection filter must name a connection the server lists: a typo is a 404, not an empty
   * answer.
   */
  private String knownConnection(String id, String where) {
    if (id == null || id.isEmpty()) {
      return null;
    }
    try {
      connections.get(id);
    } catch (ApiException unknown) {
      throw ApiException.notFound("The " + where + " names no connection: " + unknown.getMessage());
    }
    return id;
  }

  /** Says what was awaited and lists what did arrive, so a failed test explains itself. */
  private String timeoutMessage(FrameQuery query, long since, long timeoutMs) {
    List<JournalEntry> arrived = journal.read(since, FrameQuery.ALL_FRAMES);
    StringBuilder message =
        new StringBuilder("No ")
            .append(query.describe().substring(2))
            .append(" arrived within ")
            .append(timeoutMs)
            .append(" ms after seq ")
            .append(since)
            .append(".");
    if (arrived.isEmpty()) {
      return message.append(" Nothing arrived in either direction.").toString();
    }
    message.append(" Frames since then (").append(arrived.size()).append("): ");
    List<JournalEntry> shown =
        arrived.subList(Math.max(0, arrived.size() - LISTED_ON_TIMEOUT), arrived.size());
    if (shown.size() < arrived.size()) {
      message.append("... ").append(arrived.size() - shown.size()).append(" earlier, then ");
    }
    return message
        .append(
            shown.stream()
                .map(e -> e.summary(PAYLOAD_ON_TIMEOUT))
                .collect(Collectors.joining("; ")))
        .toString();
  }

  private static Direction parseDirection(String value, String where) {
    return switch (value) {
      case "in" -> Direction.IN;
      case "out" -> Direction.OUT;
      default ->
          throw ApiException.badRequest(where + " must be 'in' or 'out', not '" + value + "'.");
    };
  }
}
