package io.wethodkit.contract;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;

/**
 * A query parameter that filters the list on one Project field, read from its {@code x-filter}.
 *
 * @param parameter the query parameter's name
 * @param field the Project property compared
 * @param type the value type
 * @param minimum the least integer value allowed, for {@link FilterValueType#INTEGER}
 * @param maximum the greatest integer value allowed, for {@link FilterValueType#INTEGER}
 * @param operators the accepted forms, in the contract's order
 */
public record FilterDefinition(
    String parameter,
    String field,
    FilterValueType type,
    OptionalLong minimum,
    OptionalLong maximum,
    List<FilterOperator> operators) {

  public FilterDefinition {
    operators = List.copyOf(operators);
  }

  /**
   * Whether {@code operand}, a value without its operator's prefix, is of the filter's text form
   * (and, for an integer, within its bounds).
   */
  public boolean accepts(String operand) {
    if (type != FilterValueType.INTEGER) {
      return TextForms.matches(type, operand);
    }
    return TextForms.integer(operand)
        .filter(n -> minimum.isEmpty() || n.compareTo(BigInteger.valueOf(minimum.getAsLong())) >= 0)
        .filter(n -> maximum.isEmpty() || n.compareTo(BigInteger.valueOf(maximum.getAsLong())) <= 0)
        .isPresent();
  }

  /** A one-line statement of the grammar, for 400 messages and reports. */
  public String grammar() {
    String placeholder =
        switch (type) {
          case INTEGER -> "N";
          case DATE -> "D";
          case DATE_TIME -> "T";
        };
    List<String> forms = operators.stream().map(op -> op.format(placeholder)).toList();
    String joined =
        forms.size() == 1
            ? forms.get(0)
            : String.join(", ", forms.subList(0, forms.size() - 1))
                + " or "
                + forms.get(forms.size() - 1);
    return joined + " with " + placeholder + " " + describeValue();
  }

  private String describeValue() {
    return switch (type) {
      case INTEGER -> "an integer" + describeBounds();
      case DATE -> "a calendar date YYYY-MM-DD";
      case DATE_TIME ->
          "an ISO 8601 date-time YYYY-MM-DDTHH:MM:SS with Z or a +hh:mm/-hh:mm offset"
              + " (send + as %2B)";
    };
  }

  private String describeBounds() {
    if (minimum.isPresent() && maximum.isPresent()) {
      return " from " + minimum.getAsLong() + " to " + maximum.getAsLong();
    }
    if (minimum.isPresent()) {
      return " of at least " + minimum.getAsLong();
    }
    if (maximum.isPresent()) {
      return " of at most " + maximum.getAsLong();
    }
    return "";
  }
}
