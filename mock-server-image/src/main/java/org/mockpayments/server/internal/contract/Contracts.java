package org.mockpayments.server.internal.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.mockpayments.server.internal.asyncapi.Channel;
import org.mockpayments.server.internal.asyncapi.Contract;
import org.mockpayments.server.internal.asyncapi.ContractReader;
import org.mockpayments.server.internal.asyncapi.Message;
import org.mockpayments.server.internal.journal.EntryCheck;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.schema.SampleValue;
import org.mockpayments.server.internal.scripting.StubRule;
import org.mockpayments.server.internal.scripting.Stubs;

/**
 * The contract the mock plays, if any: one document at a time, loaded at start (it comes back on
 * every reset) or through the control API (a reset removes it). Checks every journal entry against
 * it and keeps the violations until the next reset.
 */
public final class Contracts implements EntryCheck {
  private static final String ORIGIN = "asyncapi";

  /** A loaded document: what it says, how it is played, and what loading it made. */
  private record Loaded(
      Contract contract,
      Perspective perspective,
      boolean atStart,
      Traffic traffic,
      ContractCheck check,
      List<String> stubIds,
      List<String> warnings) {
    JsonObject describe() {
      return ContractDescription.of(contract, perspective, atStart, stubIds, warnings);
    }
  }

  private final Stubs stubs;
  private final Consumer<String> log;
  private final Violations violations = new Violations();
  private final Map<String, String> paths = new ConcurrentHashMap<>();
  private volatile Loaded current;
  private Loaded loadedAtStart;

  public Contracts(Stubs stubs, Consumer<String> log) {
    this.stubs = stubs;
    this.log = log;
  }

  /**
   * Loads the document of {@code file}, to come back on every reset.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public synchronized void loadAtStart(Path file, Perspective perspective) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the AsyncAPI file " + file + ": " + e);
    }
    try {
      loadedAtStart =
          load(
              text,
              file.toAbsolutePath().getParent(),
              "the AsyncAPI file " + file,
              perspective,
              true);
    } catch (ApiException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    current = loadedAtStart;
  }

  /** Loads a document posted to the control API in place of the present one; describes it. */
  public synchronized JsonObject load(String text, Perspective perspective) {
    Loaded loaded = load(text, null, "the document", perspective, false);
    current = loaded;
    return loaded.describe();
  }

  private Loaded load(
      String text, Path directory, String name, Perspective perspective, boolean atStart) {
    Contract contract = ContractReader.read(text, directory, name);
    List<String> warnings = new ArrayList<>(contract.warnings());
    List<ContractStubs.Compiled> compiled = ContractStubs.compile(contract, perspective, warnings);
    stubs.removeFrom(ORIGIN);
    List<String> ids = new ArrayList<>();
    for (ContractStubs.Compiled stub : compiled) {
      for (StubRule rule : stubs.addFrom(stub.origin(), List.of(stub.definition()), atStart)) {
        ids.add(rule.id);
      }
    }
    Traffic traffic = new Traffic(contract, perspective);
    log.accept(
        "AsyncAPI "
            + contract.asyncApi()
            + " '"
            + contract.title()
            + "' loaded ("
            + perspective.wireName()
            + " side): "
            + contract.channels().size()
            + " channel(s), "
            + contract.operations().size()
            + " operation(s), "
            + ids.size()
            + " stub(s)");
    warnings.forEach(warning -> log.accept("AsyncAPI warning: " + warning));
    return new Loaded(
        contract,
        perspective,
        atStart,
        traffic,
        new ContractCheck(contract, traffic),
        List.copyOf(ids),
        List.copyOf(warnings));
  }

  /** Removes the loaded document and its stubs; a 404 when there is none. */
  public synchronized void remove() {
    requireLoaded();
    stubs.removeFrom(ORIGIN);
    current = null;
    log.accept("AsyncAPI document removed");
  }

  /** What the loaded document holds; a 404 when there is none. */
  public JsonObject describe() {
    return requireLoaded().describe();
  }

  /**
   * Back to the document loaded at start, or none; violations are forgotten. The stubs come back
   * with the other start-up stubs.
   */
  public synchronized void reset() {
    current = loadedAtStart;
    violations.clear();
  }

  /** Violations of journal entries after {@code since}. */
  public List<Violation> violations(long since) {
    return violations.since(since);
  }

  /** Whether a document is loaded. */
  public boolean isLoaded() {
    return current != null;
  }

  @Override
  public JsonObject check(long seq, JournalEntry.Event event) {
    Violation violation = null;
    Loaded loaded = current;
    if (event instanceof JournalEntry.Opened opened) {
      String id = opened.connection().id();
      paths.put(id, opened.connection().handshake().path());
      if (loaded != null) {
        violation = loaded.check.upgrade(seq, id, opened.connection().handshake());
      }
    } else if (event instanceof JournalEntry.Closed closed) {
      paths.remove(closed.connection().id());
    } else if (event instanceof JournalEntry.Frame frame && loaded != null) {
      String path = paths.get(frame.connection());
      if (path != null) {
        violation =
            loaded.check.frame(seq, frame.connection(), path, frame.direction(), frame.payload());
      }
    }
    if (violation == null) {
      return null;
    }
    violations.add(violation);
    return violation.toJson();
  }

  /**
   * The payload a test pushes by message name on a connection opened on {@code path}: the example
   * named {@code example}, else the first, else one made from the schema.
   *
   * @throws ApiException 404 for a name the document does not have, 409 for a message the mock does
   *     not send on that path
   */
  public JsonElement payloadOf(String name, String example, String connection, String path) {
    Loaded loaded = requireLoaded();
    Message message = null;
    List<String> known = new ArrayList<>();
    for (Channel channel : loaded.contract.channels()) {
      for (Message candidate : channel.messageList()) {
        if (!known.contains(candidate.id())) {
          known.add(candidate.id());
        }
        if (message == null && candidate.isCalled(name)) {
          message = candidate;
        }
      }
    }
    if (message == null) {
      throw ApiException.notFound(
          "The contract has no message '" + name + "'. Known: " + String.join(", ", known) + ".");
    }
    List<Channel> channels = loaded.check.channelsOn(path);
    Message found = message;
    if (channels.stream().noneMatch(channel -> loaded.traffic.fromMock(channel).contains(found))) {
      throw new ApiException(
          409,
          "not_sent_here",
          "By the contract the mock does not send '"
              + name
              + "' on "
              + path
              + " ("
              + connection
              + "): "
              + (channels.isEmpty()
                  ? "no channel is on that path."
                  : "on "
                      + channels.stream().map(Channel::id).toList()
                      + " it sends "
                      + channels.stream()
                          .flatMap(channel -> loaded.traffic.fromMock(channel).stream())
                          .map(Message::id)
                          .distinct()
                          .toList()
                      + "."));
    }
    if (example != null) {
      return message.examples().stream()
          .filter(candidate -> example.equals(candidate.name()))
          .findFirst()
          .orElseThrow(
              () ->
                  ApiException.notFound(
                      "Message '"
                          + name
                          + "' has no example '"
                          + example
                          + "'. Its examples: "
                          + found.examples().stream().map(Message.Example::name).toList()
                          + "."))
          .payload()
          .deepCopy();
    }
    if (!message.examples().isEmpty()) {
      return message.examples().get(0).payload().deepCopy();
    }
    if (message.payload() != null) {
      return SampleValue.of(message.payload().schema());
    }
    throw new ApiException(
        409,
        "no_example",
        "Message '"
            + name
            + "' has neither an example nor a JSON payload schema to make one from.");
  }

  private Loaded requireLoaded() {
    Loaded loaded = current;
    if (loaded == null) {
      throw ApiException.notFound(
          "No AsyncAPI document is loaded: POST one to /asyncapi, or start the mock with"
              + " MOCK_ASYNCAPI_FILE.");
    }
    return loaded;
  }
}
