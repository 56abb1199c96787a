package io.wethodkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Format;
import com.networknt.schema.Formats;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick reading of dates and date-times gives what {@code java.time} gives, and reads only
 * texts that the contract's text forms and JSON Schema's {@code date} and {@code date-time} formats
 * (as the validator checks them) accept, on a generated table of texts near every edge.
 */
class QuickTimestampsTest {

  private static final Format DATE = format("date");
  private static final Format DATE_TIME = format("date-time");

  @Test
  void datesAndDateTimesReadAsJavaTimeAndTheFormatsReadThem() {
    Random random = new Random(17);
    int dates = 0;
    int dateTimes = 0;
    for (int i = 0; i < 300_000; i++) {
      String text = text(random);
      long day = QuickTimestamps.epochDay(text);
      long nanos = QuickTimestamps.epochNanos(text);
      if (day != QuickTimestamps.NONE) {
        assertThat(TextForms.date(text)).as(text).contains(LocalDate.ofEpochDay(day));
        assertThat(DATE.matches(null, text)).as(text).isTrue();
        dates++;
      } else if (text.length() == 10) {
        assertThat(TextForms.date(text)).as(text).isEmpty();
      }
      if (nanos != QuickTimestamps.NONE) {
        OffsetDateTime read = TextForms.dateTime(text).orElseThrow(() -> new AssertionError(text));
        assertThat(read.toEpochSecond() * 1_000_000_000L + read.getNano())
            .as(text)
            .isEqualTo(nanos);
        assertThat(DATE_TIME.matches(null, text)).as(text).isTrue();
        dateTimes++;
      } else {
        // Left to java.time: texts it refuses, years the quick reading leaves to it, and the
        // offset -00:00, which the date-time format refuses.
        TextForms.dateTime(text)
            .ifPresent(
                read ->
                    assertThat(
                            read.getYear() < 1700
                                || read.getYear() > 2200
                                || text.endsWith("-00:00"))
                        .as(text)
                        .isTrue());
      }
    }
    assertThat(dates).isGreaterThan(10_000);
    assertThat(dateTimes).isGreaterThan(10_000);
  }

  @Test
  void textsInNoStrictShapeAreNotRead() {
    for (String text :
        new String[] {
          "2024-06-30t21:58:00Z",
          "2024-06-30T21:58:00z",
          "2024-06-30T21:58:00.\u0663Z",
          "2024-06-30T21:58:00.Z",
          "2024-06-30T21:58:00+2:00",
          "2024-06-30T21:58:00-00:00",
          "2024-06-30T21:58:00Z\n",
          "2016-12-31T23:59:60Z",
          "\u0662024-06-30",
          "2024/06/30",
          "2024-06-3",
          "+2024-06-30"
        }) {
      assertThat(QuickTimestamps.epochDay(text)).as(text).isEqualTo(QuickTimestamps.NONE);
      assertThat(QuickTimestamps.epochNanos(text)).as(text).isEqualTo(QuickTimestamps.NONE);
    }
  }

  /** A date, or a date-time with or without fraction and offset, each part near its edges. */
  private static String text(Random random) {
    String date =
        String.format(
            "%04d-%02d-%02d",
            random.nextInt(4) == 0 ? random.nextInt(10_000) : 1900 + random.nextInt(200),
            random.nextInt(14),
            random.nextInt(33));
    if (random.nextBoolean()) {
      return date;
    }
    StringBuilder time =
        new StringBuilder(
            String.format(
                "T%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)));
    if (random.nextBoolean()) {
      time.append('.');
      for (int d = 0, n = random.nextInt(11); d < n; d++) {
        time.append((char) ('0' + random.nextInt(10)));
      }
    }
    time.append(
        random.nextBoolean()
            ? "Z"
            : String.format(
                "%s%02d:%02d",
                random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62)));
    return date + time;
  }

  private static Format format(String name) {
    return Formats.DEFAULT.stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
  }
}
