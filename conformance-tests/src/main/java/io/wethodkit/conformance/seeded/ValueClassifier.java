package io.wethodkit.conformance.seeded;

import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Tells why an invalid value is invalid: it lies outside what the reference page documents (not a
 * number, above the stated maximum of a filter, not a calendar date, not a listed value), or only
 * the contract rules it out (below a minimum, empty, leading zeros, a sign, another operator, a
 * date-time without offset). The first is a MUST matter, the second a SHOULD one, as in
 * InvalidValues.
 */
final class ValueClassifier {

  enum Reason {
    OUTSIDE,
    UNGRAMMATICAL
  }

  private static final Pattern LENIENT_INTEGER = Pattern.compile("^\\s*[+-]?\\d+\\s*$");
  private static final Pattern SOME_OPERATOR = Pattern.compile("^[A-Za-z]+:.*");
  private static final Pattern LENIENT_DATE =
      Pattern.compile("^(\\d{1,4})-(\\d{1,2})-(\\d{1,2})(T.*)?$");

  private final Contract contract;

  ValueClassifier(Contract contract) {
    this.contract = contract;
  }

  Reason classify(GrammarParameter parameter, String value) {
    if (value.isEmpty()) {
      return Reason.UNGRAMMATICAL;
    }
    return switch (parameter.kind()) {
      case FILTER -> filter(parameter.filter().orElseThrow(), value);
      case DELETION ->
          contract.deletionFilter().scopes().keySet().stream()
                  .anyMatch(valid -> valid.equalsIgnoreCase(value.trim()))
              ? Reason.UNGRAMMATICAL
              : Reason.OUTSIDE;
      // A limit above the maximum may be capped as well as refused: only the contract refuses it.
      case LIMIT -> integer(value, null);
      case OFFSET -> integer(value, maximum(contract.offset().maximum()));
    };
  }

  private Reason filter(FilterDefinition filter, String value) {
    String operand = null;
    for (FilterOperator operator : filter.operators()) {
      if (!operator.prefix().isEmpty() && value.startsWith(operator.prefix())) {
        operand = value.substring(operator.prefix().length());
      }
    }
    if (operand == null) {
      // An operator the filter does not list, or a bare value where no bare form is listed.
      if (SOME_OPERATOR.matcher(value).matches()
          || !filter.operators().contains(FilterOperator.EQ)) {
        return Reason.UNGRAMMATICAL;
      }
      operand = value;
    }
    if (operand.isEmpty()) {
      return Reason.UNGRAMMATICAL;
    }
    return switch (filter.type()) {
      case INTEGER -> integer(operand, maximum(filter.maximum()));
      case DATE -> realDate(operand) ? Reason.UNGRAMMATICAL : Reason.OUTSIDE;
      case DATE_TIME -> realDateTime(operand) ? Reason.UNGRAMMATICAL : Reason.OUTSIDE;
    };
  }

  private static BigInteger maximum(OptionalLong bound) {
    return bound.isPresent() ? BigInteger.valueOf(bound.getAsLong()) : null;
  }

  private static Reason integer(String value, BigInteger max) {
    if (value.isEmpty()) {
      return Reason.UNGRAMMATICAL;
    }
    if (!LENIENT_INTEGER.matcher(value).matches()) {
      return Reason.OUTSIDE;
    }
    BigInteger number = new BigInteger(value.trim().replace("+", ""));
    // Only the maximum is the reference page's ("Possible values: <= 100"); minimums are the
    // contract's.
    return max != null && number.compareTo(max) > 0 ? Reason.OUTSIDE : Reason.UNGRAMMATICAL;
  }

  private static boolean realDate(String operand) {
    var matcher = LENIENT_DATE.matcher(operand.trim());
    if (matcher.matches()) {
      try {
        LocalDate.of(
            Integer.parseInt(matcher.group(1)),
            Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)));
        return true;
      } catch (java.time.DateTimeException e) {
        return false;
      }
    }
    return parses(operand.trim(), text -> LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE));
  }

  private static boolean realDateTime(String operand) {
    String text = operand.trim().toUpperCase(Locale.ROOT).replace(' ', 'T');
    List<Function<String, Object>> readers =
        List.of(
            OffsetDateTime::parse,
            LocalDateTime::parse,
            LocalDate::parse,
            t -> OffsetDateTime.parse(t, DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx")),
            t ->
                OffsetDateTime.parse(
                    t.replaceFirst("T(\\d{2}:\\d{2}:\\d{2})T", "T$1+"))); // '+' decoded as a space
    return readers.stream().anyMatch(reader -> parses(text, reader));
  }

  private static boolean parses(String text, Function<String, Object> reader) {
    try {
      reader.apply(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
