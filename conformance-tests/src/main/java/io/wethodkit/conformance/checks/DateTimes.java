package io.wethodkit.conformance.checks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes date-times in the contract's grammar: seconds always, a fraction only when needed. */
public final class DateTimes {

  /** Offsets far enough apart that every instant has a different calendar date in one of them. */
  public static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.ofHours(2),
          ZoneOffset.ofHours(-5),
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(9),
          ZoneOffset.ofHours(14),
          ZoneOffset.ofHours(-12));

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private DateTimes() {}

  public static String format(OffsetDateTime value) {
    StringBuilder out = new StringBuilder(SECONDS.format(value));
    int nanos = value.getNano();
    if (nanos != 0) {
      String fraction = String.format("%09d", nanos).replaceFirst("0+$", "");
      out.append('.').append(fraction);
    }
    ZoneOffset offset = value.getOffset();
    out.append(offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    return out.toString();
  }
}
