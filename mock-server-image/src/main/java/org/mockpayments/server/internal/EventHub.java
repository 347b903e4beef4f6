package org.mockpayments.server.internal;

import com.google.gson.JsonObject;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Fans live events out to the {@code /events} streams, as Server-Sent Events text. */
final class EventHub {
  private final CopyOnWriteArrayList<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

  /** Called in event order by the journal and the registry; subscribers only enqueue. */
  void publish(String event, JsonObject data) {
    if (subscribers.isEmpty()) {
      return;
    }
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
