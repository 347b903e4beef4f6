package org.mockpayments.server.internal.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mockpayments.server.internal.asyncapi.Channel;
import org.mockpayments.server.internal.asyncapi.Contract;
import org.mockpayments.server.internal.asyncapi.Message;
import org.mockpayments.server.internal.frames.Direction;
import org.mockpayments.server.internal.frames.FrameType;
import org.mockpayments.server.internal.frames.FrameView;
import org.mockpayments.server.internal.frames.Payload;
import org.mockpayments.server.internal.journal.Handshake;
import org.mockpayments.server.internal.json.Json;
import org.mockpayments.server.internal.schema.Pointers;
import org.mockpayments.server.internal.schema.SchemaError;

/**
 * Checks upgrades and frames against one contract from one perspective: an upgrade must be on a
 * channel's path, with parameters and query its schemas allow; a text or binary frame (read as
 * UTF-8 JSON) must fit one of the messages its sender may send on that path.
 */
final class ContractCheck {
  private final Contract contract;
  private final Traffic traffic;
  private final Map<String, List<Channel>> channelsByPath = new ConcurrentHashMap<>();
  private final Map<String, List<Message>> clientMessagesByPath = new ConcurrentHashMap<>();
  private final Map<String, List<Message>> mockMessagesByPath = new ConcurrentHashMap<>();

  ContractCheck(Contract contract, Traffic traffic) {
    this.contract = contract;
    this.traffic = traffic;
  }

  /** The channels whose path {@code path} is on; worked out once a path, not once a frame. */
  List<Channel> channelsOn(String path) {
    return channelsByPath.computeIfAbsent(path, this::findChannels);
  }

  /** What {@code direction}'s sender may send on {@code channels}, each message once. */
  private List<Message> messagesOn(List<Channel> channels, Direction direction) {
    List<Message> messages = new ArrayList<>();
    for (Channel channel : channels) {
      for (Message message :
          direction == Direction.IN ? traffic.fromClient(channel) : traffic.fromMock(channel)) {
        if (!messages.contains(message)) {
          messages.add(message);
        }
      }
    }
    return List.copyOf(messages);
  }

  private List<Channel> findChannels(String path) {
    return contract.channels().stream()
        .filter(channel -> channel.path().match(path) != null)
        .toList();
  }

  /** What is wrong with an upgrade to {@code handshake}, or null. */
  Violation upgrade(long seq, String connection, Handshake handshake) {
    String path = handshake.path();
    List<Channel> channels = channelsOn(path);
    if (channels.isEmpty()) {
      List<String> paths =
          contract.channels().stream()
              .map(channel -> channel.path().toString())
              .distinct()
              .toList();
      return upgradeViolation(
          seq,
          connection,
          path,
          List.of(),
          List.of(),
          connection
              + " opened "
              + path
              + ", which is the path of no channel of the contract ("
              + String.join(", ", paths)
              + ").");
    }
    Channel channel = channels.get(0);
    List<SchemaError> errors = new ArrayList<>();
    Map<String, String> values = channel.path().match(path);
    channel
        .parameters()
        .forEach(
            (name, schema) -> {
              String value = values.get(name);
              if (value != null) {
                for (SchemaError error : schema.errors(new JsonPrimitive(value))) {
                  errors.add(new SchemaError("{" + name + "}", error.message()));
                }
              }
            });
    if (channel.query() != null) {
      for (SchemaError error : channel.query().errors(query(handshake, channel.query().schema()))) {
        errors.add(new SchemaError("?" + error.pointer(), error.message()));
      }
    }
    if (errors.isEmpty()) {
      return null;
    }
    return upgradeViolation(
        seq,
        connection,
        path,
        List.of(channel.id()),
        List.copyOf(errors),
        connection
            + " opened "
            + path
            + " on channel '"
            + channel.id()
            + "', but "
            + listed(errors)
            + ".");
  }

  /** What is wrong with a frame on a connection opened on {@code path}, or null. */
  Violation frame(long seq, String connection, String path, Direction direction, Payload payload) {
    if (payload.type() != FrameType.TEXT && payload.type() != FrameType.BINARY) {
      return null;
    }
    List<Channel> channels = channelsOn(path);
    if (channels.isEmpty()) {
      return null;
    }
    List<Message> candidates =
        (direction == Direction.IN ? clientMessagesByPath : mockMessagesByPath)
            .computeIfAbsent(path, on -> messagesOn(channels, direction));
    // A frame that fits is the common case: it returns before any message is worded.
    for (Message candidate : candidates) {
      if (candidate.payload() == null) {
        return null;
      }
    }
    JsonElement json =
        candidates.isEmpty() ? null : Json.tryParse(FrameView.textOf(payload)).orElse(null);
    Message closest = null;
    List<SchemaError> fewest = null;
    if (json != null) {
      for (Message candidate : candidates) {
        List<SchemaError> errors = candidate.payload().errors(json);
        if (errors.isEmpty()) {
          return null;
        }
        if (fewest == null || errors.size() < fewest.size()) {
          closest = candidate;
          fewest = errors;
        }
      }
    }
    String sender = direction == Direction.IN ? "the client" : "the mock";
    String severity = direction == Direction.IN ? "error" : "warning";
    String frame =
        "Frame #"
            + seq
            + " "
            + (direction == Direction.IN ? "from " : "to ")
            + connection
            + " on "
            + path;
    List<String> channelIds = channels.stream().map(Channel::id).toList();
    List<String> names = candidates.stream().map(Message::id).toList();
    FrameFacts facts = new FrameFacts(seq, connection, severity, path, channelIds, names);
    if (candidates.isEmpty()) {
      return facts.violation(
          null,
          List.of(),
          frame
              + ": "
              + sender
              + " sends nothing on "
              + (channels.size() == 1
                  ? "channel '" + channelIds.get(0) + "'"
                  : "channels " + channelIds)
              + " by the contract.");
    }
    if (json == null) {
      return facts.violation(
          null,
          List.of(),
          frame
              + " is not JSON, but every message "
              + sender
              + " may send there is ("
              + String.join(", ", names)
              + ").");
    }
    return facts.violation(
        closest.id(),
        fewest,
        frame
            + " fits none of the messages "
            + sender
            + " may send there ("
            + String.join(", ", names)
            + "); closest is '"
            + closest.id()
            + "': "
            + listed(fewest)
            + ".");
  }

  private static Violation upgradeViolation(
      long seq,
      String connection,
      String path,
      List<String> channels,
      List<SchemaError> errors,
      String message) {
    return new Violation(
        seq,
        Instant.now(),
        connection,
        "upgrade",
        "error",
        path,
        channels,
        List.of(),
        null,
        errors,
        message);
  }

  /** What every violation of one frame says alike. */
  private record FrameFacts(
      long seq,
      String connection,
      String severity,
      String path,
      List<String> channels,
      List<String> candidates) {
    Violation violation(String closest, List<SchemaError> errors, String message) {
      return new Violation(
          seq,
          Instant.now(),
          connection,
          "frame",
          severity,
          path,
          channels,
          candidates,
          closest,
          errors,
          message);
    }
  }

  /** The first few faults, in one sentence. */
  private static String listed(List<SchemaError> errors) {
    int shown = Math.min(3, errors.size());
    String first =
        String.join("; ", errors.subList(0, shown).stream().map(String::valueOf).toList());
    return errors.size() > shown ? first + " (and " + (errors.size() - shown) + " more)" : first;
  }

  /** The query's parameters as an object, each typed as the schema's property asks if it can be. */
  private static JsonObject query(Handshake handshake, JsonElement schema) {
    JsonObject object = new JsonObject();
    handshake
        .queryParameters()
        .forEach(
            (name, value) -> {
              JsonElement type =
                  Pointers.get(schema, "/properties/" + Pointers.escape(name) + "/type");
              object.add(
                  name,
                  typed(
                      value,
                      type == null || !type.isJsonPrimitive() ? "string" : type.getAsString()));
            });
    return object;
  }

  private static JsonElement typed(String value, String type) {
    try {
      return switch (type) {
        case "integer" -> new JsonPrimitive(new BigInteger(value));
        case "number" -> new JsonPrimitive(new BigDecimal(value));
        case "boolean" ->
            value.equals("true") || value.equals("false")
                ? new JsonPrimitive(Boolean.parseBoolean(value))
                : new JsonPrimitive(value);
        default -> new JsonPrimitive(value);
      };
    } catch (NumberFormatException e) {
      return new JsonPrimitive(value);
    }
  }
}
