package org.mockpayments.server.internal.framing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.mockpayments.server.internal.binary.IntegerFormat;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * How the frames of a connection carry its messages, as a stub's {@code framing} gives it: {@code
 * {"separator": "\u001e"}} cuts text and binary frames into the text records the separator ends,
 * and {@code {"length": "varint", "offset": 1}} joins binary frames into packets of {@code offset}
 * bytes, a length field, and as many bytes as it says (text frames stay one message each).
 */
public sealed interface Framing {
  /** A fresh splitter, with nothing buffered, for one connection. */
  MessageSplitter newSplitter();

  /** Records, each ended by {@code separator}. */
  record Separator(String separator) implements Framing {
    @Override
    public MessageSplitter newSplitter() {
      return new SeparatorSplitter(separator);
    }
  }

  /** Binary packets: {@code offset} bytes, their length in {@code format}, then that many bytes. */
  record LengthField(IntegerFormat format, int offset) implements Framing {
    @Override
    public MessageSplitter newSplitter() {
      return new LengthFieldSplitter(format, offset);
    }
  }

  /** Parses a {@code framing}; a mistake is a 400 that names {@code where}. */
  static Framing parse(JsonElement element, String where) {
    JsonBody body = JsonBody.of(element, where, "separator", "length", "offset");
    if (body.has("separator") == body.has("length")) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " must have either 'separator' (text records, as SignalR's \"\\u001e\") or"
              + " 'length' with an optional 'offset' (binary packets sized by a length field, as"
              + " MQTT's {\"length\": \"varint\", \"offset\": 1}).");
    }
    if (body.has("separator")) {
      if (body.has("offset")) {
        throw ApiException.badRequest(
            "'offset' in " + where + " goes with 'length', not with 'separator'.");
      }
      String separator = body.requiredString("separator");
      if (separator.isEmpty()) {
        throw ApiException.badRequest("'separator' in " + where + " cannot be empty.");
      }
      return new Separator(separator);
    }
    IntegerFormat format =
        IntegerFormat.parse(body.requiredString("length"), "'length' in " + where);
    return new LengthField(format, (int) body.integer("offset", 0, 1024, 0));
  }

  /** The framing as a stub gives it. */
  default JsonObject toJson() {
    JsonObject json = new JsonObject();
    if (this instanceof Separator separator) {
      json.addProperty("separator", separator.separator());
    } else if (this instanceof LengthField field) {
      json.addProperty("length", field.format().wireName());
      json.addProperty("offset", field.offset());
    }
    return json;
  }
}
