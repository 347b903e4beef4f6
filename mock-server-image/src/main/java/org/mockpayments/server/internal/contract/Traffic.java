package org.mockpayments.server.internal.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockpayments.server.internal.asyncapi.Channel;
import org.mockpayments.server.internal.asyncapi.Contract;
import org.mockpayments.server.internal.asyncapi.Message;
import org.mockpayments.server.internal.asyncapi.Operation;

/**
 * Who may send which messages on each channel, seen from one perspective: the messages of an
 * operation flow towards the side that receives them, and its reply flows back.
 */
final class Traffic {
  private final Map<String, List<Message>> fromClient = new LinkedHashMap<>();
  private final Map<String, List<Message>> fromMock = new LinkedHashMap<>();

  Traffic(Contract contract, Perspective perspective) {
    for (Operation operation : contract.operations()) {
      boolean mockReceives = perspective.mockReceives(operation.action());
      add(mockReceives ? fromClient : fromMock, operation.channel(), operation.messages());
      if (operation.reply() != null) {
        add(
            mockReceives ? fromMock : fromClient,
            operation.reply().channel(),
            operation.reply().messages());
      }
    }
  }

  private static void add(Map<String, List<Message>> side, Channel channel, List<Message> sent) {
    List<Message> messages = side.computeIfAbsent(channel.id(), id -> new ArrayList<>());
    sent.stream().filter(message -> !messages.contains(message)).forEach(messages::add);
  }

  /** What the client may send on {@code channel}. */
  List<Message> fromClient(Channel channel) {
    return fromClient.getOrDefault(channel.id(), List.of());
  }

  /** What the mock (the side it plays) may send on {@code channel}. */
  List<Message> fromMock(Channel channel) {
    return fromMock.getOrDefault(channel.id(), List.of());
  }
}
