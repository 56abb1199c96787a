package io.wethodkit.mock.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wethodkit.contract.TextForms;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick reading of dates and date-times gives what {@code java.time} gives, and reads nothing
 * that is not a form of the contract (so the stored-form checks may trust it).
 */
class FastTimestampsTest {

  @Test
  void datesAndDateTimesReadAsJavaTimeReadsThem() {
    Random random = new Random(17);
    String digits = "0123456789";
    int read = 0;
    for (int i = 0; i < 200_000; i++) {
      String date =
          String.format(
              "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
      String text = date;
      if (random.nextBoolean()) {
        StringBuilder time =
            new StringBuilder(
                String.format(
                    "T%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)));
        if (random.nextBoolean()) {
          time.append('.');
          for (int d = 0, n = random.nextInt(11); d < n; d++) {
            time.append(digits.charAt(random.nextInt(10)));
          }
        }
        time.append(
            random.nextBoolean()
                ? "Z"
                : String.format(
                    "%s%02d:%02d",
                    random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62)));
        text = date + time;
      }
      ScalarValue quick = FastTimestamps.read(text);
      if (text.length() == 10) {
        var expected = TextForms.date(text);
        assertThat(quick == null ? null : quick.value())
            .as(text)
            .isEqualTo(expected.map(LocalDate::toEpochDay).orElse(null));
      } else {
        var expected = TextForms.dateTime(text);
        // Null leaves the text to java.time (beyond the years it reads quickly too).
        if (quick != null) {
          assertThat(quick.kind()).isEqualTo(ScalarValue.INSTANT);
          assertThat(expected).as(text).isPresent();
          assertThat(quick.value())
              .as(text)
              .isEqualTo(ScalarValue.nanos(expected.map(OffsetDateTime::toInstant).orElseThrow()));
          read++;
        } else if (expected.isPresent()) {
          assertThat(expected.get().getYear() < 1700 || expected.get().getYear() > 2200)
              .as(text)
              .isTrue();
        }
      }
    }
    assertThat(read).isGreaterThan(1_000);
  }

  @Test
  void textsInNoFormOfTheContractAreNotRead() {
    for (String text :
        new String[] {
          "2024-06-30t21:58:00Z",
          "2024-06-30T21:58:00z",
          "2024-06-30T21:58:00.\u0663Z",
          "2024-06-30T21:58:00.Z",
          "2024-06-30T21:58:00+2:00",
          "\u0662024-06-30",
          "2024/06/30",
          "2024-06-3"
        }) {
      assertThat(FastTimestamps.read(text)).as(text).isNull();
    }
  }
}
