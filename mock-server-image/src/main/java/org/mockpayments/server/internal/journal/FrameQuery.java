package org.mockpayments.server.internal.journal;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mockpayments.server.internal.frames.Direction;
import org.mockpayments.server.internal.frames.FrameType;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.frames.PayloadMatcher;

/**
 * Which frame entries a read or an await is after: connection, direction, frame types and payload.
 * On a connection with a framing, an entry fits when its frame does or one of the messages it
 * completed does.
 */
public record FrameQuery(
    String connection, Direction direction, Set<FrameType> types, PayloadMatcher match)
    implements Predicate<JournalEntry> {
  /** Every frame entry. */
  public static final FrameQuery ALL_FRAMES =
      new FrameQuery(null, null, EnumSet.allOf(FrameType.class), PayloadMatcher.ANY);

  @Override
  public boolean test(JournalEntry entry) {
    JournalEntry.Frame frame = entry.frame();
    return frame != null
        && (connection == null || connection.equals(frame.connection()))
        && (direction == null || direction == frame.direction())
        && (fits(frame.payload())
            || (frame.messages() != null && frame.messages().stream().anyMatch(this::fits)));
  }

  /** Whether a frame, or a message a frame completed, is of the types asked for and matches. */
  private boolean fits(Payload payload) {
    return types.contains(payload.type()) && match.test(payload);
  }

  /** The whole text of a fitting frame or message, when the match pins it; else null. */
  public String exactText() {
    return match.exactText();
  }

  public String describe() {
    String typeNames =
        EnumSet.copyOf(types).stream().map(FrameType::wireName).collect(Collectors.joining(" or "));
    return "a "
        + typeNames
        + " frame"
        + (direction == null ? "" : " in direction '" + direction.wireName() + "'")
        + (connection == null ? "" : " on connection " + connection)
        + (match == PayloadMatcher.ANY ? "" : " matching " + match);
  }
}
