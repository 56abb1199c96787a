package io.wethodkit.conformance.checks;

import static io.wethodkit.conformance.checks.Check.of;

import io.wethodkit.conformance.catalogue.CheckKind;
import io.wethodkit.conformance.config.Role;
import java.util.EnumMap;
import java.util.Map;

/**
 * The check of each kind the catalogue's {@code check} field names. The binding is by type: every
 * {@link CheckKind} has its check here, which the compiler verifies.
 */
public final class CheckLibrary {

  private final Map<CheckKind, Check> checks = new EnumMap<>(CheckKind.class);

  private CheckLibrary() {
    for (CheckKind kind : CheckKind.values()) {
      checks.put(kind, checkOf(kind));
    }
  }

  public static CheckLibrary standard() {
    return new CheckLibrary();
  }

  public Check check(CheckKind kind) {
    return checks.get(kind);
  }

  private static Check checkOf(CheckKind kind) {
    return switch (kind) {
      case SCHEMA_200 -> of(SchemaVerifier::schema200);
      case METADATA_WITH_VALUE -> of(SchemaVerifier::metadataWithValue);
      case METADATA_FORMAT -> of(SchemaVerifier::metadataFormat);
      case SCHEMA_400 -> of(SchemaVerifier::schema400);
      case SCHEMA_401 ->
          of(
              (ctx, req, rec) ->
                  SchemaVerifier.errorSchema(ctx, rec, 401, Probes.unauthenticated(ctx)));
      case SCHEMA_403 ->
          of((ctx, req, rec) -> SchemaVerifier.errorSchema(ctx, rec, 403, Probes.forbidden(ctx)));
      case SCHEMA_412 ->
          of(
              (ctx, req, rec) ->
                  SchemaVerifier.errorSchema(ctx, rec, 412, Probes.preconditionFailed(ctx)));
      case CONTENT_TYPE -> of(SchemaVerifier::contentType);
      case FILTER_OPERATOR -> of(FilterVerifier::operator);
      case FILTER_ON_DATE_OFFSET -> of(FilterVerifier::onDateInOffset);
      case FILTER_FRACTIONAL_SECONDS -> of(FilterVerifier::fractional);
      case FILTER_PARTITION -> of(FilterVerifier::partition);
      case FILTER_AND -> of(FilterVerifier::combined);
      case DELETED_VALUE -> of(DeletionVerifier::value);
      case DELETED_DEFAULT -> of(DeletionVerifier::byDefault);
      case LIMIT_DEFAULT -> of(PagingVerifier::limitDefault);
      case LIMIT_MAX -> of(PagingVerifier::limitMax);
      case LIMIT_HONOURED -> of(PagingVerifier::limitHonoured);
      case OFFSET -> of(PagingVerifier::offset);
      case OFFSET_DEFAULT -> of(PagingVerifier::offsetDefault);
      case OFFSET_PAST_END -> of(PagingVerifier::offsetPastEnd);
      case ORDER_STABLE -> of(PagingVerifier::stability);
      case PAGING_CONCAT -> of((ctx, req, rec) -> rec.absorb(ctx.listingPrerequisite()));
      case PERM_VIEW -> of((ctx, req, rec) -> AccessVerifier.profile(ctx, rec, Role.VIEW, true));
      case PERM_VIEW_OTHER ->
          of((ctx, req, rec) -> AccessVerifier.profile(ctx, rec, Role.VIEW_OTHER, false));
      case PERM_BOTH -> of(AccessVerifier::both);
      case PERM_NONE -> of(AccessVerifier::none);
      case ISOLATION_UNKNOWN_COMPANY -> of(AccessVerifier::unknownCompany);
      case ISOLATION_FOREIGN_COMPANY -> of(AccessVerifier::foreignCompany);
      case CONSISTENCY_DELETED -> of(ConsistencyVerifier::deletion);
      case CONSISTENCY_SUBSET -> of(ConsistencyVerifier::subset);
      case CONSISTENCY_SPLIT -> of(ConsistencyVerifier::split);
      case CONSISTENCY_PAGES -> of(ConsistencyVerifier::pages);
      case VALIDATION_PARAMETER ->
          of((ctx, req, rec) -> ValidationVerifier.values(ctx, req, rec, true));
      case VALIDATION_PARAMETER_STRICT ->
          of((ctx, req, rec) -> ValidationVerifier.values(ctx, req, rec, false));
      case VALIDATION_ALL_FAILURES -> of(ValidationVerifier::allFailures);
      case VALIDATION_REPEATED -> of(ValidationVerifier::repeated);
      case VALIDATION_PLUS_AS_SPACE -> of(ValidationVerifier::plusAsSpace);
      case VALIDATION_PERCENT_ENCODING -> of(ValidationVerifier::percentEncoding);
      case VALIDATION_UNKNOWN_IGNORED -> of(ValidationVerifier::unknownIgnored);
      case AUTH_REQUIRED -> of(AuthVerifier::required);
      case AUTH_MISSING ->
          of(
              (ctx, req, rec) ->
                  AuthVerifier.unauthorized(
                      ctx, rec, ctx.requests().anonymous(), "without Authorization", true));
      case AUTH_WRONG_SCHEME -> of(AuthVerifier::wrongScheme);
      case AUTH_SCHEME_CASE -> of(AuthVerifier::schemeCase);
      case AUTH_UNKNOWN_TOKEN ->
          of(
              (ctx, req, rec) ->
                  AuthVerifier.unauthorized(
                      ctx,
                      rec,
                      ctx.requests().withAuthorization("Bearer " + Probes.UNKNOWN_TOKEN),
                      "with an unknown token",
                      true));
      case AUTH_REVOKED_TOKEN -> of(AuthVerifier::revoked);
      case PRECONDITION_COMPANY_MISSING -> of(AuthVerifier::companyMissing);
      case PRECONDITION_VERSION_MISSING -> of(AuthVerifier::versionMissing);
      case PRECONDITION_VERSION_MALFORMED -> of(AuthVerifier::versionMalformed);
      case PRECONDITION_VERSION_UNSUPPORTED -> of(AuthVerifier::versionUnsupported);
      case FORBIDDEN_UNKNOWN_COMPANY -> of(AccessVerifier::forbiddenUnknownCompany);
      case FORBIDDEN_NO_COMPANY_ACCESS -> of(AccessVerifier::forbiddenForeignCompany);
      case FORBIDDEN_NO_PERMISSION -> of(AccessVerifier::forbiddenNoPermission);
      case PRECEDENCE -> of(PrecedenceVerifier::precedence);
    };
  }
}
