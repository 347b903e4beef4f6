package org.mockpayments.server.internal.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import org.mockpayments.server.internal.schema.SchemaError;

/**
 * Something that broke the contract: a client's frame or upgrade ({@code error}), or a frame the
 * mock sent, a test's push included ({@code warning}).
 *
 * @param seq the journal entry of the frame or of the connection's opening
 * @param kind {@code frame} or {@code upgrade}
 * @param channels the channels on the connection's path (empty for an upgrade on no channel's path)
 * @param candidates the messages the sender may send there
 * @param closest the candidate the frame came closest to, or null
 * @param errors where the frame breaks the closest candidate's schema, or the upgrade its channel's
 * @param message the whole story in one sentence
 */
public record Violation(
    long seq,
    Instant at,
    String connection,
    String kind,
    String severity,
    String path,
    List<String> channels,
    List<String> candidates,
    String closest,
    List<SchemaError> errors,
    String message) {

  /** Whether the client broke the contract, rather than the mock. */
  public boolean isError() {
    return severity.equals("error");
  }

  /** As the control API shows it. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("seq", seq);
    json.addProperty("at", at.toString());
    json.addProperty("connection", connection);
    json.addProperty("kind", kind);
    json.addProperty("severity", severity);
    json.addProperty("path", path);
    JsonArray channelList = new JsonArray();
    channels.forEach(channelList::add);
    json.add("channels", channelList);
    JsonArray candidateList = new JsonArray();
    candidates.forEach(candidateList::add);
    json.add("candidates", candidateList);
    json.addProperty("closest", closest);
    JsonArray errorList = new JsonArray();
    for (SchemaError error : errors) {
      JsonObject item = new JsonObject();
      item.addProperty("pointer", error.pointer());
      item.addProperty("message", error.message());
      errorList.add(item);
    }
    json.add("errors", errorList);
    json.addProperty("message", message);
    return json;
  }
}
