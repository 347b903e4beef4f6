package org.mockpayments.server.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Which journal entries a read or an await is after: connection, direction, frame types and payload. */
record FrameQuery(String connection, JournalEntry.Direction direction, Set<FrameType> types, Match match) {
  static final Set<FrameType> DATA_FRAMES = EnumSet.of(FrameType.TEXT, FrameType.BINARY);

  boolean test(JournalEntry entry) {
    return (connection == null || connection.equals(entry.connection()))
        && (direction == null || direction == entry.direction())
        && types.contains(entry.type())
        && match.test(entry);
  }

  String describe() {
    String typeNames = types.stream().map(FrameType::wireName).collect(Collectors.joining(" or "));
    return "a " + typeNames + " frame"
        + (direction == null ? "" : " in direction '" + direction.wireName() + "'")
        + (connection == null ? "" : " on connection " + connection)
        + (match == Match.ANY ? "" : " matching " + match);
  }
}
