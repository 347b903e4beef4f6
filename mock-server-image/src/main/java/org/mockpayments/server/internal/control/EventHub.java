package org.mockpayments.server.internal.control;

import com.google.gson.JsonObject;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.json.Json;

/** Fans live events out to the {@code /events} streams, as Server-Sent Events text. */
public final class EventHub {
  private final CopyOnWriteArrayList<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

  /**
   * Called in journal order; subscribers only enqueue. An entry that broke the loaded contract is
   * followed by a {@code violation} event.
   */
  public void publish(JournalEntry entry) {
    if (!subscribers.isEmpty()) {
      publish(JsonViews.eventName(entry), JsonViews.data(entry));
      if (entry.contract() != null) {
        publish("violation", entry.contract());
      }
    }
  }

  /** A reset emptied the journal; {@code seq} is the last entry before it. */
  public void publishReset(long seq) {
    JsonObject data = new JsonObject();
    data.addProperty("seq", seq);
    publish("reset", data);
  }

  private void publish(String event, JsonObject data) {
    String message = "event: " + event + "\ndata: " + Json.print(data) + "\n\n";
    subscribers.forEach(subscriber -> subscriber.accept(message));
  }

  void subscribe(Consumer<String> subscriber) {
    subscribers.add(subscriber);
  }

  void unsubscribe(Consumer<String> subscriber) {
    subscribers.remove(subscriber);
  }
}
