package org.mockpayments.server.internal.asyncapi;

import com.google.gson.JsonElement;
import java.util.List;
import org.mockpayments.server.internal.schema.SchemaCheck;

/**
 * A message of the document.
 *
 * @param id its key where its channel lists it (3.0), or its name in {@code components}, its {@code
 *     messageId} or {@code name} (2.x)
 * @param name its {@code name}, or its id when it has none: what a test pushes it by
 * @param payload its payload's schema, or null when it has none or one the mock cannot check
 * @param examples its examples with a payload, in the document's order
 * @param correlation where the correlation id is in the payload (a JSON pointer), or null
 */
public record Message(
    String id, String name, SchemaCheck payload, List<Example> examples, String correlation) {

  /** An example payload, named or not ({@code name} is then null). */
  public record Example(String name, JsonElement payload) {}

  /** Whether {@code name} names it: its id or its {@code name}. */
  public boolean isCalled(String name) {
    return id.equals(name) || this.name.equals(name);
  }
}
