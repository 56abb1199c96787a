package io.wethodkit.mock.store;

import java.util.List;
import java.util.Set;

/**
 * How a company's projects are stored: the fields whose columns segments hold from the start (the
 * others' are made when asked for), and the field names packed to one byte each.
 */
public final class TableLayout {

  /** Every field's column, the names packed as each segment finds them: for small tables. */
  static final TableLayout ALL_COLUMNS = new TableLayout(null, null);

  private final Set<String> indexed;
  private final RowCodec codec;

  private TableLayout(Set<String> indexed, RowCodec codec) {
    this.indexed = indexed;
    this.codec = codec;
  }

  /** Columns for {@code indexed}; {@code names} packed, in this order. */
  static TableLayout of(Set<String> indexed, List<String> names) {
    return new TableLayout(Set.copyOf(indexed), RowCodec.of(names));
  }

  /** The fields with columns from the start; null for every field. */
  Set<String> indexed() {
    return indexed;
  }

  /** The codec of the rows; null to take the names each segment's rows use. */
  RowCodec codec() {
    return codec;
  }

  Segment segment(Project[] rows) {
    return Segment.of(rows, indexed, codec);
  }
}
