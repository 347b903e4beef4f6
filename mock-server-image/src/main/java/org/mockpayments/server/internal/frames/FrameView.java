package org.mockpayments.server.internal.frames;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mockpayments.server.internal.json.Json;

/**
 * A text or binary frame as a {@link PayloadMatcher} saw it: its text (a binary frame's bytes read
 * as UTF-8), its bytes (a text frame's UTF-8), the groups its regex captured, and its JSON part
 * (the whole text, the regex group the match names, or the fields it read from a binary message),
 * which replies read with {@code {{json...}}}.
 */
public final class FrameView {
  private final Payload payload;
  private final String text;
  private final Map<String, String> groups;
  private final String jsonGroup;
  // Worked out when first asked: an await reads every journal entry through a view, and most
  // matches never read a text frame's bytes or its JSON.
  private Bytes bytes;
  private JsonElement json;
  private boolean parsed;

  FrameView(Payload payload, Map<String, String> groups, String jsonGroup) {
    this(payload, groups, jsonGroup, null);
  }

  private FrameView(
      Payload payload, Map<String, String> groups, String jsonGroup, JsonElement fields) {
    this.payload = payload;
    this.text = textOf(payload);
    this.groups = Map.copyOf(groups);
    this.jsonGroup = jsonGroup;
    this.json = fields;
    this.parsed = fields != null;
  }

  /** The view of a binary message whose fields a match read: they are its JSON part. */
  static FrameView withFields(Payload payload, JsonElement fields) {
    return new FrameView(payload, Map.of(), null, fields);
  }

  /** A text frame's text, or a binary frame's bytes read as UTF-8. */
  public static String textOf(Payload payload) {
    return payload instanceof Payload.Text textFrame
        ? textFrame.text()
        : new String(payload.bytes().toArray(), StandardCharsets.UTF_8);
  }

  /** The view of a text or binary frame with nothing captured, or null for any other frame. */
  public static FrameView of(Payload payload) {
    return payload instanceof Payload.Text || payload instanceof Payload.Binary
        ? new FrameView(payload, Map.of(), null)
        : null;
  }

  public Payload payload() {
    return payload;
  }

  public String text() {
    return text;
  }

  public synchronized Bytes bytes() {
    if (bytes == null) {
      bytes =
          payload instanceof Payload.Text textFrame
              ? Bytes.of(textFrame.text().getBytes(StandardCharsets.UTF_8))
              : payload.bytes();
    }
    return bytes;
  }

  /** The text a regex group captured ({@code ""} when it took no part), by name or number. */
  public String group(String name) {
    return groups.get(name);
  }

  /** The JSON part of the frame, or null when it is not JSON. */
  public synchronized JsonElement json() {
    if (!parsed) {
      String jsonText = jsonGroup == null ? text : groups.get(jsonGroup);
      json = jsonText == null ? null : Json.tryParse(jsonText).orElse(null);
      parsed = true;
    }
    return json;
  }
}
