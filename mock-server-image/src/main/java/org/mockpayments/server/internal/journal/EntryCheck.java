package org.mockpayments.server.internal.journal;

import com.google.gson.JsonObject;

/** Reads each entry as it is appended, and says what is wrong with it. */
@FunctionalInterface
public interface EntryCheck {
  /** What is wrong with the entry {@code seq} recording {@code event}, as JSON, or null. */
  JsonObject check(long seq, JournalEntry.Event event);
}
