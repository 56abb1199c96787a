package io.wethodkit.conformance.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of check the suite has, one per value of the catalogue's {@code check:} field: a
 * requirement names the kind of check that verifies it, and the suite binds each kind to its check
 * by type. The catalogue writes a kind in lower case with '-' ({@code filter-operator}).
 */
public enum CheckKind {
  SCHEMA_200,
  METADATA_WITH_VALUE,
  METADATA_FORMAT,
  SCHEMA_400,
  SCHEMA_401,
  SCHEMA_403,
  SCHEMA_412,
  CONTENT_TYPE,
  FILTER_OPERATOR,
  FILTER_ON_DATE_OFFSET,
  FILTER_FRACTIONAL_SECONDS,
  FILTER_PARTITION,
  FILTER_AND,
  DELETED_VALUE,
  DELETED_DEFAULT,
  LIMIT_DEFAULT,
  LIMIT_MAX,
  LIMIT_HONOURED,
  OFFSET,
  OFFSET_DEFAULT,
  OFFSET_PAST_END,
  PAGING_CONCAT,
  ORDER_STABLE,
  PERM_VIEW,
  PERM_VIEW_OTHER,
  PERM_BOTH,
  PERM_NONE,
  ISOLATION_UNKNOWN_COMPANY,
  ISOLATION_FOREIGN_COMPANY,
  CONSISTENCY_DELETED,
  CONSISTENCY_SUBSET,
  CONSISTENCY_SPLIT,
  CONSISTENCY_PAGES,
  VALIDATION_PARAMETER,
  VALIDATION_PARAMETER_STRICT,
  VALIDATION_ALL_FAILURES,
  VALIDATION_REPEATED,
  VALIDATION_PLUS_AS_SPACE,
  VALIDATION_PERCENT_ENCODING,
  VALIDATION_UNKNOWN_IGNORED,
  AUTH_REQUIRED,
  AUTH_MISSING,
  AUTH_WRONG_SCHEME,
  AUTH_SCHEME_CASE,
  AUTH_UNKNOWN_TOKEN,
  AUTH_REVOKED_TOKEN,
  PRECONDITION_COMPANY_MISSING,
  PRECONDITION_VERSION_MISSING,
  PRECONDITION_VERSION_MALFORMED,
  PRECONDITION_VERSION_UNSUPPORTED,
  FORBIDDEN_UNKNOWN_COMPANY,
  FORBIDDEN_NO_COMPANY_ACCESS,
  FORBIDDEN_NO_PERMISSION,
  PRECEDENCE;

  /** The name the catalogue gives this kind, e.g. {@code filter-operator}. */
  public String catalogueName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind the catalogue names {@code name}, if there is one. */
  public static Optional<CheckKind> named(String name) {
    return Arrays.stream(values()).filter(kind -> kind.catalogueName().equals(name)).findFirst();
  }
}
