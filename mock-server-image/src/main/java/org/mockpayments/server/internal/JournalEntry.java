package org.mockpayments.server.internal;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Base64;

/**
 * One frame in the journal, in either direction. Text frames carry {@code text}; binary, ping and
 * pong frames carry {@code bytes}; close frames carry {@code closeCode} and {@code closeReason}; a
 * pong that answers the mock's ping carries the round trip in {@code rttMs}.
 */
record JournalEntry(
    long seq,
    String connection,
    Direction direction,
    FrameType type,
    String text,
    byte[] bytes,
    Integer closeCode,
    String closeReason,
    Double rttMs,
    Instant at) {

  enum Direction {
    IN,
    OUT;

    String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("seq", seq);
    json.addProperty("connection", connection);
    json.addProperty("direction", direction.wireName());
    json.addProperty("type", type.wireName());
    if (text != null) {
      json.addProperty("text", text);
    }
    if (bytes != null) {
      json.addProperty("base64", Base64.getEncoder().encodeToString(bytes));
    }
    if (type == FrameType.CLOSE) {
      json.addProperty("code", closeCode);
      json.addProperty("reason", closeReason);
    }
    if (rttMs != null) {
      json.addProperty("rttMs", Math.round(rttMs * 1000) / 1000.0);
    }
    json.addProperty("at", at.toString());
    return json;
  }

  /** A one-line summary for logs and timeout messages, with the payload cut to {@code maxPayload}. */
  String summary(int maxPayload) {
    String payload;
    if (type == FrameType.CLOSE) {
      payload = closeCode + (closeReason == null || closeReason.isEmpty() ? "" : " " + closeReason);
    } else if (text != null) {
      payload = text;
    } else {
      payload = "base64:" + Base64.getEncoder().encodeToString(bytes);
    }
    if (payload.length() > maxPayload) {
      payload = payload.substring(0, maxPayload) + "...(" + payload.length() + " chars)";
    }
    return "#" + seq + " " + connection + " " + direction.wireName() + " " + type.wireName() + " " + payload;
  }
}
