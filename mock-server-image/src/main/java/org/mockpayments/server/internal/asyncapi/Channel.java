package org.mockpayments.server.internal.asyncapi;

import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.journal.PathPattern;
import org.mockpayments.server.internal.schema.SchemaCheck;

/**
 * A channel of the document: its id, the WebSocket path it is on, the messages that may flow on it
 * by their key, and what its upgrade request must satisfy.
 *
 * @param parameters the schema of each {@code {name}} segment of the path
 * @param query the schema of the upgrade's query parameters (the {@code ws} binding), or null
 */
public record Channel(
    String id,
    PathPattern path,
    Map<String, Message> messages,
    Map<String, SchemaCheck> parameters,
    SchemaCheck query) {

  /** Its messages, in the document's order. */
  public List<Message> messageList() {
    return List.copyOf(messages.values());
  }
}
