package org.mockpayments.server.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hand-read {@code date-time} passes only what the library's own check passes. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DateTimeFormatTest {
  private static final SchemaCheck DATE_TIME =
      SchemaCheck.compile(
          JsonParser.parseString("{\"type\":\"string\",\"format\":\"date-time\"}"), "the schema");

  @Test
  void readsTheWrittenTimestampsOfEveryOffsetAndPrecision() {
    SplittableRandom random = new SplittableRandom(26);
    long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("9999-12-30T00:00:00Z").getEpochSecond();
    int[] nanoSteps = {1_000_000_000, 1_000_000, 1_000, 1};
    for (int i = 0; i < 20_000; i++) {
      int step = nanoSteps[i % nanoSteps.length];
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
      String written =
          OffsetDateTime.ofInstant(
                  Instant.ofEpochSecond(
                      random.nextLong(from, to), random.nextInt(1_000_000_000) / step * step),
                  offset)
              .toString();
      if (written.length() < 20 || written.charAt(19) == ':') {
        continue; // OffsetDateTime drops zero seconds ("12:30Z"): the library's shape, not ours
      }
      assertThat(DateTimeFormat.isPlainAndValid(written)).as(written).isTrue();
      assertThat(parsesAsTheLibraryDoes(written)).as(written).isTrue();
    }
  }

  @Test
  void passesNothingTheLibraryRefusesAndLeavesItsMessagesAsTheyWere() {
    List<String> refused =
        List.of(
            "2026-02-30T10:00:00Z",
            "2025-02-29T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-12-05T24:00:00Z",
            "2026-12-05T18:60:00Z",
            "2026-12-05T18:27:60Z",
            "2026-12-05T18:27:5xZ",
            "2026-12-05T18:27:50.1234567890Z",
            "2026-12-05T18:27:50+18:01",
            "2026-12-05T18:27:50+19:00",
            "2026-12-05T18:27:50+05:60",
            "2026-12-05T18:27:50+0530",
            "2026-12-05 18:27:50Z",
            "2026-12-05T18:27:50ZZ",
            "26-12-05T18:27:50Z");
    for (String text : refused) {
      assertThat(DateTimeFormat.isPlainAndValid(text)).as(text).isFalse();
      assertThat(parsesAsTheLibraryDoes(text)).as(text).isFalse();
      assertThat(DATE_TIME.errors(new JsonPrimitive(text)))
          .as(text)
          .extracting(SchemaError::message)
          .containsExactly("\"" + text + "\" is not a valid date-time");
    }
  }

  @Test
  void leavesTheLibrarysOtherValidShapesToIt() {
    List<String> valid = new ArrayList<>();
    valid.add("2026-12-05T18:27"); // no seconds, no offset: ISO_DATE_TIME takes both
    valid.add("2026-12-05t18:27:50z");
    valid.add("2026-12-05T18:27:50.Z"); // an empty fraction
    valid.add("2026-12-05T18:27:50+05:30:15");
    valid.add("2026-12-05T18:27:50+01:00[Europe/Paris]");
    valid.add("+10000-01-01T00:00:00Z");
    for (String text : valid) {
      assertThat(DateTimeFormat.isPlainAndValid(text)).as(text).isFalse();
      assertThat(parsesAsTheLibraryDoes(text)).as(text).isTrue();
      assertThat(DATE_TIME.accepts(new JsonPrimitive(text))).as(text).isTrue();
    }
  }

  private static boolean parsesAsTheLibraryDoes(String text) {
    try {
      DateTimeFormatter.ISO_DATE_TIME.parse(text);
      return true;
    } catch (DateTimeParseException refused) {
      return false;
    }
  }
}
