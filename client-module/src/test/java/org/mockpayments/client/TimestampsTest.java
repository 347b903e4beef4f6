package org.mockpayments.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TimestampsTest {
  @Test
  void readsWhatTheServerWritesAsInstantParseDoes() {
    SplittableRandom random = new SplittableRandom(26);
    long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    int[] nanoSteps = {1_000_000_000, 1_000_000, 1_000, 1};
    for (int i = 0; i < 100_000; i++) {
      int step = nanoSteps[i % nanoSteps.length];
      Instant instant =
          Instant.ofEpochSecond(
              random.nextLong(from, to + 1), random.nextInt(1_000_000_000) / step * step);
      String written = instant.toString();
      assertThat(Timestamps.parse(written)).as(written).isEqualTo(instant);
    }
  }

  @Test
  void readsEveryOtherShapeAsInstantParseDoes() {
    List<String> shapes =
        List.of(
            "2026-12-05T18:27:50.1Z",
            "2026-12-05T18:27:50.12Z",
            "2026-12-05T18:27:50.123456789Z",
            "2024-02-29T00:00:00Z",
            "2026-12-05t18:27:50z",
            "2026-12-05T18:27:50+01:00",
            "2016-12-31T23:59:60Z",
            "2026-12-05T24:00:00Z",
            "2026-12-05T18:27:50.Z",
            "+10000-01-01T00:00:00Z");
    for (String shape : shapes) {
      assertThat(Timestamps.parse(shape)).as(shape).isEqualTo(Instant.parse(shape));
    }
  }

  @Test
  void refusesWhatInstantParseRefuses() {
    List<String> wrong =
        List.of(
            "2026-12-05T18:27:50.1234567890Z",
            "2026-02-30T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-12-05T24:00:01Z",
            "2026-12-05T18:60:00Z",
            "2026-12-05T18:27:5xZ",
            "2026-12-05 18:27:50Z",
            "");
    for (String text : wrong) {
      assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
      assertThatThrownBy(() -> Timestamps.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
    }
  }
}
