package io.wethodkit.contract.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one property of a {@link ScalarObjectSchema} may hold: every subschema that applies to its
 * name (its entry of {@code properties}, each {@code patternProperties} entry its name matches),
 * all of which a value must satisfy, folded into one test per kind of value: the types allowed by
 * all, the narrowest bounds and lengths, each distinct pattern and format once. The values are
 * those a streaming parser reads, one token each. Thread-safe.
 */
public final class ScalarRules {

  static final int NULL_VALUE = 1;
  static final int BOOLEAN_VALUE = 1 << 1;
  static final int INTEGER_VALUE = 1 << 2;
  static final int FRACTION_VALUE = 1 << 3;
  static final int STRING_VALUE = 1 << 4;
  static final int OBJECT_VALUE = 1 << 5;
  static final int ARRAY_VALUE = 1 << 6;
  private static final int ANY_VALUE = (1 << 7) - 1;

  /**
   * The rules of a name the schema refuses ({@code propertyNames}, {@code additionalProperties}).
   */
  static final ScalarRules REFUSED_NAME = new ScalarRules(false, List.of());

  private final boolean nameAllowed;
  private final int kinds;
  private final boolean longBounds;
  private final long lowest;
  private final long highest;
  private final Subschema[] subschemas;
  private final int minLength;
  private final int maxLength;
  private final Subschema[] patterns;
  private final Subschema[] formats;

  ScalarRules(boolean nameAllowed, List<Subschema> subschemas) {
    this.nameAllowed = nameAllowed;
    int allowed = nameAllowed ? ANY_VALUE : 0;
    boolean allLong = true;
    long low = Long.MIN_VALUE;
    long high = Long.MAX_VALUE;
    int shortest = 0;
    int longest = Integer.MAX_VALUE;
    Map<String, Subschema> byPattern = new LinkedHashMap<>();
    Map<String, Subschema> byFormat = new LinkedHashMap<>();
    for (Subschema subschema : subschemas) {
      allowed &= subschema.kinds();
      allLong &= subschema.longBounds();
      if (subschema.longBounds()) {
        low = Math.max(low, subschema.lowest());
        high = Math.min(high, subschema.highest());
      }
      shortest = Math.max(shortest, subschema.minLength());
      longest = Math.min(longest, subschema.maxLength());
      if (subschema.patternSource() != null) {
        byPattern.putIfAbsent(subschema.patternSource(), subschema);
      }
      if (subschema.formatName() != null) {
        byFormat.putIfAbsent(subschema.formatName(), subschema);
      }
    }
    this.kinds = allowed;
    this.longBounds = allLong;
    this.lowest = low;
    this.highest = high;
    this.subschemas = subschemas.toArray(new Subschema[0]);
    this.minLength = shortest;
    this.maxLength = longest;
    this.patterns = byPattern.values().toArray(new Subschema[0]);
    this.formats = byFormat.values().toArray(new Subschema[0]);
  }

  /** The rules that {@code a} and {@code b} both make (a value must satisfy both). */
  public static ScalarRules both(ScalarRules a, ScalarRules b) {
    List<Subschema> all = new ArrayList<>(List.of(a.subschemas));
    all.addAll(List.of(b.subschemas));
    return new ScalarRules(a.nameAllowed && b.nameAllowed, all);
  }

  /** Whether the schema lets an object have a property of this name at all. */
  public boolean nameAllowed() {
    return nameAllowed;
  }

  public boolean acceptsNull() {
    return (kinds & NULL_VALUE) != 0;
  }

  public boolean acceptsBoolean() {
    return (kinds & BOOLEAN_VALUE) != 0;
  }

  /** A number written as an integer token that fits a long. */
  public boolean acceptsInteger(long value) {
    if ((kinds & INTEGER_VALUE) == 0) {
      return false;
    }
    if (longBounds) {
      return value >= lowest && value <= highest;
    }
    return inBounds(BigDecimal.valueOf(value));
  }

  /** A number written as an integer token too large for a long. */
  public boolean acceptsInteger(BigInteger value) {
    return (kinds & INTEGER_VALUE) != 0 && inBounds(new BigDecimal(value));
  }

  /** A number written with a fraction or an exponent ({@code 2.5}, {@code 11.0}, {@code 1e3}). */
  public boolean acceptsFraction() {
    return (kinds & FRACTION_VALUE) != 0;
  }

  public boolean acceptsString(String text) {
    if ((kinds & STRING_VALUE) == 0) {
      return false;
    }
    if (minLength > 0 || maxLength < Integer.MAX_VALUE) {
      int length = text.codePointCount(0, text.length());
      if (length < minLength || length > maxLength) {
        return false;
      }
    }
    for (Subschema pattern : patterns) {
      if (!pattern.patternMatches(text)) {
        return false;
      }
    }
    for (Subschema format : formats) {
      if (!format.formatMatches(text)) {
        return false;
      }
    }
    return true;
  }

  /** A JSON object or array: only the type applies (the schema has no keyword for its content). */
  public boolean acceptsContainer(boolean object) {
    return (kinds & (object ? OBJECT_VALUE : ARRAY_VALUE)) != 0;
  }

  /** The same verdicts for a value of a JSON tree. */
  public boolean accepts(JsonNode value) {
    if (value.isNull()) {
      return acceptsNull();
    }
    if (value.isBoolean()) {
      return acceptsBoolean();
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToLong()
          ? acceptsInteger(value.longValue())
          : acceptsInteger(value.bigIntegerValue());
    }
    if (value.isNumber()) {
      return acceptsFraction();
    }
    if (value.isTextual()) {
      return acceptsString(value.textValue());
    }
    return acceptsContainer(value.isObject());
  }

  private boolean inBounds(BigDecimal value) {
    for (Subschema subschema : subschemas) {
      if (!subschema.inBounds(value)) {
        return false;
      }
    }
    return true;
  }
}
