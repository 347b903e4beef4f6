package org.mockpayments.server.internal.schema;

import dev.harrel.jsonschema.EvaluationContext;
import dev.harrel.jsonschema.Evaluator;
import dev.harrel.jsonschema.EvaluatorFactory;
import dev.harrel.jsonschema.FormatEvaluatorFactory;
import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.SchemaParsingContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The schema library's formats, with {@code date-time} read by hand first. The library asserts
 * {@code date-time} by parsing with {@link java.time.format.DateTimeFormatter#ISO_DATE_TIME}, a
 * third of a frame's validation in the AsyncAPI check. Nearly every timestamp has the shape {@code
 * yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)}: a valid one of those passes here, and any other
 * string, valid or not, goes to the library, so the verdicts and messages are the library's.
 */
final class DateTimeFormat implements EvaluatorFactory {
  private static final int SHORTEST = "2000-01-01T00:00:00Z".length();
  private static final int MAX_OFFSET_HOURS = 18;

  private final EvaluatorFactory formats = new FormatEvaluatorFactory();

  @Override
  public Optional<Evaluator> create(SchemaParsingContext context, String field, JsonNode node) {
    Optional<Evaluator> library = formats.create(context, field, node);
    if ("format".equals(field) && node.isString() && "date-time".equals(node.asString())) {
      return library.map(PlainFirst::new);
    }
    return library;
  }

  /** The library's evaluator, after the plain shape. */
  private record PlainFirst(Evaluator library) implements Evaluator {
    @Override
    public Result evaluate(EvaluationContext context, JsonNode node) {
      return node.isString() && isPlainAndValid(node.asString())
          ? Result.success(node.asString())
          : library.evaluate(context, node);
    }

    @Override
    public int getOrder() {
      return library.getOrder();
    }

    @Override
    public Set<String> getVocabularies() {
      return library.getVocabularies();
    }
  }

  /** Whether {@code text} has the plain shape and names a real instant in it. */
  static boolean isPlainAndValid(String text) {
    int length = text.length();
    if (length < SHORTEST
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return false;
    }
    int end = 19;
    if (text.charAt(end) == '.') {
      int digits = 0;
      while (end + 1 < length && isDigit(text.charAt(end + 1)) && digits < 9) {
        end++;
        digits++;
      }
      if (digits == 0) {
        return false;
      }
      end++;
    }
    if (!isOffset(text, end)) {
      return false;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    int hour = number(text, 11, 13);
    int minute = number(text, 14, 16);
    int second = number(text, 17, 19);
    // -1 marks a field with a non-digit; or-ing them keeps the sign bit of any such.
    if ((year | month | day | hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return false;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException noSuchDay) {
      return false;
    }
  }

  /**
   * Whether the rest of {@code text}, from {@code from}, is exactly {@code Z} or {@code ±HH:MM}.
   */
  private static boolean isOffset(String text, int from) {
    int rest = text.length() - from;
    if (rest == 1) {
      return text.charAt(from) == 'Z';
    }
    if (rest != 6
        || (text.charAt(from) != '+' && text.charAt(from) != '-')
        || text.charAt(from + 3) != ':') {
      return false;
    }
    int hours = number(text, from + 1, from + 3);
    int minutes = number(text, from + 4, from + 6);
    return hours >= 0
        && minutes >= 0
        && minutes <= 59
        && (hours < MAX_OFFSET_HOURS || (hours == MAX_OFFSET_HOURS && minutes == 0));
  }

  /** The decimal number in {@code text[from, to)}, or -1 when a character there is no digit. */
  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
