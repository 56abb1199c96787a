package io.wethodkit.contract.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Format;
import com.networknt.schema.Formats;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import io.wethodkit.contract.QuickTimestamps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assertions of one subschema on a scalar value: {@code type}, the numeric bounds, {@code
 * minLength}, {@code maxLength}, {@code pattern} and {@code format}, each as JSON Schema 2020-12
 * and the validator the kit uses (networknt, format assertions on) read them: string keywords apply
 * to strings only, numeric ones to numbers only, patterns are found anywhere in the text (JDK
 * regular expressions), lengths count code points, and formats are the validator's own {@link
 * Format} objects.
 */
final class Subschema {

  static final int NULL = 1;
  static final int BOOLEAN = 1 << 1;
  static final int INTEGER = 1 << 2;
  static final int NUMBER = 1 << 3;
  static final int STRING = 1 << 4;
  static final int OBJECT = 1 << 5;
  static final int ARRAY = 1 << 6;
  private static final int ANY = (1 << 7) - 1;

  /** Keywords that only annotate: they assert nothing, here as in the validator. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          "title",
          "description",
          "$comment",
          "examples",
          "example",
          "default",
          "deprecated",
          "readOnly",
          "writeOnly",
          "$schema",
          "$id",
          "$anchor",
          "contentEncoding",
          "contentMediaType");

  /** The assertions this class evaluates. */
  private static final Set<String> ASSERTIONS =
      Set.of(
          "type",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minLength",
          "maxLength",
          "pattern",
          "format");

  /** The formats this class evaluates; each one's validator object ignores its context. */
  private static final Set<String> FORMATS = Set.of("date", "date-time");

  /** Format answers remembered per format for this many texts (dates repeat a lot). */
  private static final int REMEMBERED_FORMAT_TEXTS = 4096;

  private final int types;

  /** Whether a number with a fraction is refused because the declared type allows integers. */
  private final boolean fractionRefused;

  private final BigDecimal minimum;
  private final BigDecimal maximum;
  private final BigDecimal exclusiveMinimum;
  private final BigDecimal exclusiveMaximum;
  private final int minLength;
  private final int maxLength;
  private final String patternSource;
  private final RegularExpression pattern;
  private final Format format;
  private final Map<String, Boolean> formatAnswers;
  private final boolean quickDates;
  private final boolean quickDateTimes;

  /** Whether the bounds reduce to {@link #lowest} and {@link #highest} for integers in a long. */
  private final boolean longBounds;

  private final long lowest;
  private final long highest;

  /**
   * The subschema {@code node}.
   *
   * @param integerTokens whether numbers with a fraction are refused where the type allows integers
   *     (11.0 for 11), as the kit's readers of stored and fixture data require of {@code
   *     properties}
   * @throws UnsupportedSchemaException for a keyword this class does not evaluate
   */
  Subschema(JsonNode node, String where, boolean integerTokens) {
    if (node.isBoolean()) {
      types = node.booleanValue() ? ANY : 0;
      fractionRefused = false;
      minimum = maximum = exclusiveMinimum = exclusiveMaximum = null;
      minLength = 0;
      maxLength = Integer.MAX_VALUE;
      patternSource = null;
      pattern = null;
      format = null;
      formatAnswers = null;
      quickDates = false;
      quickDateTimes = false;
      longBounds = true;
      lowest = Long.MIN_VALUE;
      highest = Long.MAX_VALUE;
      return;
    }
    if (!node.isObject()) {
      throw new UnsupportedSchemaException(where + " is not a schema");
    }
    node.fieldNames()
        .forEachRemaining(
            keyword -> {
              if (!keyword.startsWith("x-")
                  && !ANNOTATIONS.contains(keyword)
                  && !ASSERTIONS.contains(keyword)) {
                throw new UnsupportedSchemaException(where + " uses " + keyword);
              }
            });
    types = types(node.get("type"), where);
    fractionRefused = integerTokens && node.has("type") && (types & INTEGER) != 0;
    minimum = bound(node, "minimum", where);
    maximum = bound(node, "maximum", where);
    exclusiveMinimum = bound(node, "exclusiveMinimum", where);
    exclusiveMaximum = bound(node, "exclusiveMaximum", where);
    minLength = length(node, "minLength", 0, where);
    maxLength = length(node, "maxLength", Integer.MAX_VALUE, where);
    patternSource = node.has("pattern") ? text(node, "pattern", where) : null;
    pattern =
        patternSource == null
            ? null
            : JDKRegularExpressionFactory.getInstance().getRegularExpression(patternSource);
    format = node.has("format") ? format(text(node, "format", where), where) : null;
    // The validator reads dates with java.time's general parser; they repeat a lot in data.
    formatAnswers =
        format != null && format.getName().equals("date") ? new ConcurrentHashMap<>() : null;
    quickDates = format != null && format.getName().equals("date");
    quickDateTimes = format != null && format.getName().equals("date-time");
    BigDecimal low = integerBound(minimum, exclusiveMinimum, 1);
    BigDecimal high = integerBound(maximum, exclusiveMaximum, -1);
    longBounds = fitsLong(low) && fitsLong(high);
    lowest = low == null ? Long.MIN_VALUE : longBounds ? low.longValueExact() : 0;
    highest = high == null ? Long.MAX_VALUE : longBounds ? high.longValueExact() : 0;
    boolean bounded =
        minimum != null || maximum != null || exclusiveMinimum != null || exclusiveMaximum != null;
    if (bounded && allowsFraction()) {
      throw new UnsupportedSchemaException(where + " bounds numbers that may have a fraction");
    }
    if (!integerTokens && node.has("type") && (types & INTEGER) != 0 && (types & NUMBER) == 0) {
      // JSON Schema reads 11.0 as an integer; the readers of such a subschema would have to too.
      throw new UnsupportedSchemaException(where + " asks for integers outside properties");
    }
  }

  /** The kinds of values this subschema's type allows (see {@link ScalarRules}). */
  int kinds() {
    int kinds = 0;
    if ((types & NULL) != 0) {
      kinds |= ScalarRules.NULL_VALUE;
    }
    if ((types & BOOLEAN) != 0) {
      kinds |= ScalarRules.BOOLEAN_VALUE;
    }
    if ((types & (INTEGER | NUMBER)) != 0) {
      kinds |= ScalarRules.INTEGER_VALUE;
    }
    if (allowsFraction()) {
      kinds |= ScalarRules.FRACTION_VALUE;
    }
    if ((types & STRING) != 0) {
      kinds |= ScalarRules.STRING_VALUE;
    }
    if ((types & OBJECT) != 0) {
      kinds |= ScalarRules.OBJECT_VALUE;
    }
    if ((types & ARRAY) != 0) {
      kinds |= ScalarRules.ARRAY_VALUE;
    }
    return kinds;
  }

  private boolean allowsFraction() {
    return (types & NUMBER) != 0 && !fractionRefused;
  }

  /** Whether the numeric bounds come down to {@link #lowest} and {@link #highest} on longs. */
  boolean longBounds() {
    return longBounds;
  }

  /** The least integer allowed (for {@link #longBounds}). */
  long lowest() {
    return lowest;
  }

  /** The greatest integer allowed (for {@link #longBounds}). */
  long highest() {
    return highest;
  }

  boolean inBounds(BigDecimal value) {
    return (minimum == null || value.compareTo(minimum) >= 0)
        && (maximum == null || value.compareTo(maximum) <= 0)
        && (exclusiveMinimum == null || value.compareTo(exclusiveMinimum) > 0)
        && (exclusiveMaximum == null || value.compareTo(exclusiveMaximum) < 0);
  }

  int minLength() {
    return minLength;
  }

  int maxLength() {
    return maxLength;
  }

  /** The regular expression of {@code pattern}, or null. */
  String patternSource() {
    return patternSource;
  }

  /** Whether {@code text} holds the pattern (somewhere: JSON Schema patterns are not anchored). */
  boolean patternMatches(String text) {
    return pattern.matches(text);
  }

  /** The name of {@code format}, or null. */
  String formatName() {
    return format == null ? null : format.getName();
  }

  boolean formatMatches(String text) {
    // The strict shapes of dates and date-times are forms of these formats (QuickTimestamps).
    if (quickDates && QuickTimestamps.epochDay(text) != QuickTimestamps.NONE
        || quickDateTimes && QuickTimestamps.epochNanos(text) != QuickTimestamps.NONE) {
      return true;
    }
    if (formatAnswers == null) {
      return format.matches(null, text);
    }
    Boolean known = formatAnswers.get(text);
    if (known != null) {
      return known;
    }
    boolean matches = format.matches(null, text);
    if (formatAnswers.size() < REMEMBERED_FORMAT_TEXTS) {
      formatAnswers.put(text, matches);
    }
    return matches;
  }

  /**
   * The integer bound that {@code inclusive} and {@code exclusive} (either may be null) make
   * together: the least integer they let through for lower bounds ({@code step} 1), the greatest
   * for upper bounds ({@code step} -1); null for no bound.
   */
  private static BigDecimal integerBound(BigDecimal inclusive, BigDecimal exclusive, int step) {
    RoundingMode inward = step > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
    BigDecimal bound = inclusive == null ? null : inclusive.setScale(0, inward);
    if (exclusive != null) {
      BigDecimal strict = exclusive.setScale(0, inward);
      if (strict.compareTo(exclusive) == 0) {
        strict = strict.add(BigDecimal.valueOf(step));
      }
      if (bound == null || strict.compareTo(bound) * step > 0) {
        bound = strict;
      }
    }
    return bound;
  }

  private static boolean fitsLong(BigDecimal bound) {
    return bound == null
        || (bound.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
            && bound.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0);
  }

  private static int types(JsonNode type, String where) {
    if (type == null) {
      return ANY;
    }
    if (type.isTextual()) {
      return type(type.textValue(), where);
    }
    if (!type.isArray()) {
      throw new UnsupportedSchemaException(where + " has a type that is no name");
    }
    int types = 0;
    for (JsonNode name : type) {
      types |= type(name.asText(), where);
    }
    return types;
  }

  private static int type(String name, String where) {
    return switch (name) {
      case "null" -> NULL;
      case "boolean" -> BOOLEAN;
      case "integer" -> INTEGER;
      case "number" -> NUMBER;
      case "string" -> STRING;
      case "object" -> OBJECT;
      case "array" -> ARRAY;
      default -> throw new UnsupportedSchemaException(where + " has the type " + name);
    };
  }

  private static BigDecimal bound(JsonNode node, String keyword, String where) {
    JsonNode value = node.get(keyword);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      throw new UnsupportedSchemaException(where + "." + keyword + " is not a number");
    }
    return value.decimalValue();
  }

  private static int length(JsonNode node, String keyword, int absent, String where) {
    JsonNode value = node.get(keyword);
    if (value == null) {
      return absent;
    }
    if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.intValue() < 0) {
      throw new UnsupportedSchemaException(where + "." + keyword + " is not a length");
    }
    return value.intValue();
  }

  private static String text(JsonNode node, String keyword, String where) {
    JsonNode value = node.get(keyword);
    if (!value.isTextual()) {
      throw new UnsupportedSchemaException(where + "." + keyword + " is not a string");
    }
    return value.textValue();
  }

  private static Format format(String name, String where) {
    if (FORMATS.contains(name)) {
      for (Format format : Formats.DEFAULT) {
        if (format.getName().equals(name)) {
          return format;
        }
      }
    }
    throw new UnsupportedSchemaException(where + " has the format " + name);
  }
}
