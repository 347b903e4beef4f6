package org.mockpayments.server.internal.scripting;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.journal.RefusedUpgrade;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * Rules that refuse WebSocket upgrades with a chosen HTTP status, and the record of every attempt
 * they refused, so tests can reproduce an expired token (401), a rate limit (429) or an outage
 * (503).
 */
public final class HandshakeRejections {
  /**
   * One rule: refuse the next {@code times} upgrades (all when null) on {@code path} (any when
   * null).
   */
  public static final class Rule {
    public final String id;
    public final String path;
    public final Refusal refusal;
    public final FiringBudget budget;

    private Rule(String id, String path, Refusal refusal, Integer times) {
      this.id = id;
      this.path = path;
      this.refusal = refusal;
      this.budget = new FiringBudget(times);
    }

    private boolean refuses(String requestPath) {
      return (path == null || path.equals(requestPath)) && budget.tryFire() > 0;
    }
  }

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final List<RefusedUpgrade> attempts = new CopyOnWriteArrayList<>();
  private final Journal journal;
  private int nextId = 1;

  /** Every refused attempt is also journaled, so it shows in the transcript and the live events. */
  public HandshakeRejections(Journal journal) {
    this.journal = journal;
  }

  public synchronized Rule add(JsonElement definition) {
    JsonBody body =
        JsonBody.of(definition, "the rejection rule", "path", "status", "headers", "body", "times");
    Long times = body.integer("times", 1, Integer.MAX_VALUE);
    Rule rule =
        new Rule(
            "h" + nextId++,
            body.string("path"),
            Refusal.parse(body, "the rejection rule"),
            times == null ? null : times.intValue());
    rules.add(rule);
    return rule;
  }

  /** The first rule that refuses an upgrade on {@code path}, counting the refusal, or null. */
  public Rule refusing(String path) {
    for (Rule rule : rules) {
      if (rule.refuses(path)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * Records an upgrade refused by rule (or upgrade stub) {@code ruleId}: listed, and journaled so
   * it shows in the transcript and the live events.
   */
  public void recordRefusal(
      String ruleId,
      Refusal refusal,
      String path,
      String query,
      Map<String, List<String>> headers) {
    RefusedUpgrade attempt =
        new RefusedUpgrade(
            ruleId, path, query, headers, refusal.status(), refusal.body(), Instant.now());
    attempts.add(attempt);
    journal.append(new JournalEntry.Refused(attempt));
  }

  public List<Rule> rules() {
    return List.copyOf(rules);
  }

  public List<RefusedUpgrade> attempts() {
    return List.copyOf(attempts);
  }

  public void remove(String id) {
    if (!rules.removeIf(rule -> rule.id.equals(id))) {
      throw ApiException.notFound(
          "There is no rejection rule '"
              + id
              + "'. Known: "
              + rules.stream().map(rule -> rule.id).toList()
              + ".");
    }
  }

  public synchronized void clear() {
    rules.clear();
    attempts.clear();
    nextId = 1;
  }

  public void removeRules() {
    rules.clear();
  }
}
