package org.mockpayments.server.internal.handler;

import com.google.gson.JsonElement;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.mockpayments.server.handler.MessageHandler;
import org.mockpayments.server.internal.journal.Journal;
import org.mockpayments.server.internal.journal.JournalEntry;
import org.mockpayments.server.internal.scripting.StubAction;
import org.mockpayments.server.internal.scripting.Stubs;

/**
 * The Java handlers of one server: each is a stub whose action calls the test's code, and whose
 * failures are journaled, logged with their stack, and listed for the JUnit extension.
 */
public final class JavaHandlers {
  private final Stubs stubs;
  private final Journal journal;
  private final Consumer<String> log;

  public JavaHandlers(Stubs stubs, Journal journal, Consumer<String> log) {
    this.stubs = stubs;
    this.journal = journal;
    this.log = log;
  }

  /**
   * Adds a stub that answers what {@code match} fits with {@code handler}; returns its id.
   *
   * @throws org.mockpayments.server.internal.json.ApiException for a match that is not valid
   */
  public String add(JsonElement match, MessageHandler handler) {
    return stubs.addAction(match, describe(handler), action(handler)).id;
  }

  /** The failures journaled since the last reset, one line each, oldest first. */
  public List<String> failures() {
    return journal.read(0, entry -> entry.event() instanceof JournalEntry.HandlerFailed).stream()
        .map(entry -> ((JournalEntry.HandlerFailed) entry.event()).summary(entry.seq()))
        .toList();
  }

  private StubAction action(MessageHandler handler) {
    return (stubId, message, connection, causeSeq) -> {
      try {
        handler.handle(
            new HandledMessage(message.payload(), causeSeq),
            new ReplyingConnection(connection, causeSeq));
      } catch (Exception | AssertionError | LinkageError failure) {
        connection.handlerFailed(stubId, causeSeq, failure.toString());
        StringWriter stack = new StringWriter();
        failure.printStackTrace(new PrintWriter(stack));
        log.accept(
            "the Java handler of stub "
                + stubId
                + " on "
                + connection.id()
                + " failed answering #"
                + causeSeq
                + ": "
                + stack.toString().strip());
      }
    };
  }

  /** The handler's class, as listings show it: a lambda's is its declaring class's. */
  private static String describe(MessageHandler handler) {
    String name = handler.getClass().getName();
    int lambda = name.indexOf("$$Lambda");
    return "java: " + (lambda < 0 ? name : name.substring(0, lambda) + " (lambda)");
  }
}
