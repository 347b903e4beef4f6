package org.mockpayments.server.internal.frames;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.JsonBody;

/** A validated close code and reason, as the control API and stub replies accept them. */
public record CloseRequest(int code, String reason) {
  private static final int MAX_REASON_BYTES = 123;

  /** The status of a close frame with no payload: the client reports 1005. */
  static final int NO_STATUS = 1005;

  public static CloseRequest parse(JsonElement element, String where, int defaultCode) {
    JsonBody body = JsonBody.of(element, where, "code", "reason", "noStatus");
    if (body.bool("noStatus", false)) {
      if (body.has("code") || body.has("reason")) {
        throw ApiException.badRequest(
            "'noStatus' in " + where + " sends an empty close frame: it takes no code or reason.");
      }
      return new CloseRequest(NO_STATUS, "");
    }
    int code = (int) body.integer("code", 1000, 4999, defaultCode);
    String reason = body.string("reason");
    return of(code, reason == null ? "" : reason, where);
  }

  /**
   * A close with {@code code} and {@code reason}, checked as {@link #parse} checks them.
   *
   * @throws ApiException for a code a close frame cannot carry or a reason over 123 bytes
   */
  public static CloseRequest of(int code, String reason, String where) {
    if (!isSendable(code)) {
      throw ApiException.badRequest(
          "'code' in "
              + where
              + " cannot be sent in a close frame: use 1000-1003, 1007-1014 or 3000-4999, not "
              + code
              + ".");
    }
    if (reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
      throw ApiException.badRequest(
          "'reason' in " + where + " is longer than the 123 bytes a close frame can carry.");
    }
    return new CloseRequest(code, reason);
  }

  private static boolean isSendable(int code) {
    return (code >= 1000 && code <= 1003)
        || (code >= 1007 && code <= 1014)
        || (code >= 3000 && code <= 4999);
  }
}
