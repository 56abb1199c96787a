package io.wethodkit.conformance.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FieldFailure;
import io.wethodkit.contract.semantics.FieldValues;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.Check;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.PredicateFactory;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.RequestTarget;
import io.wethodkit.mock.store.MetadataDefinition;
import io.wethodkit.mock.store.Project;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The broken variants of the mock, each a small change to one part of the endpoint, named by what
 * it breaks and by exactly the requirements that catch it.
 */
public final class BrokenVariants {

  private BrokenVariants() {}

  public static List<Variant> all() {
    return List.of(
        new Variant(
            "gt-as-gte",
            BrokenVariants::gtAsGte,
            "PRJ-FILTER-PROBABILITY-GT",
            "PRJ-FILTER-PROBABILITY-PARTITION",
            "PRJ-FILTER-DATE-START-GT",
            "PRJ-FILTER-DATE-START-PARTITION",
            "PRJ-FILTER-UPDATED-AT-GT",
            "PRJ-FILTER-UPDATED-AT-FRACTIONAL-SECONDS",
            "PRJ-FILTER-DELETED-AT-GT",
            "PRJ-FILTER-DELETED-AT-FRACTIONAL-SECONDS",
            "PRJ-FILTER-AND"),
        new Variant(
            "lt-as-lte",
            BrokenVariants::ltAsLte,
            "PRJ-FILTER-PROBABILITY-LT",
            "PRJ-FILTER-PROBABILITY-PARTITION",
            "PRJ-FILTER-DATE-START-LT",
            "PRJ-FILTER-DATE-START-PARTITION",
            "PRJ-FILTER-UPDATED-AT-LT",
            "PRJ-FILTER-UPDATED-AT-FRACTIONAL-SECONDS",
            "PRJ-FILTER-DELETED-AT-LT",
            "PRJ-FILTER-DELETED-AT-FRACTIONAL-SECONDS"),
        new Variant(
            "deleted-ignored",
            BrokenVariants::deletedIgnored,
            "PRJ-DELETED-EXCLUDE",
            "PRJ-DELETED-ONLY",
            "PRJ-DELETED-DEFAULT"),
        new Variant(
            "no-limit-cap",
            BrokenVariants::noLimitCap,
            "PRJ-LIMIT-MAX",
            "PRJ-VALIDATION-LIMIT-STRICT"),
        new Variant("offset-off-by-one", BrokenVariants::offsetOffByOne, "PRJ-PAGING-CONCAT"),
        new Variant("default-limit-50", BrokenVariants::defaultLimit50, "PRJ-LIMIT-DEFAULT"),
        new Variant("view-only-sees-all", BrokenVariants::viewOnlySeesAll, "PRJ-PERM-VIEW"),
        new Variant("view-other-sees-own", BrokenVariants::viewOtherSeesOwn, "PRJ-PERM-VIEW-OTHER"),
        new Variant(
            "first-failure-only", BrokenVariants::firstFailureOnly, "PRJ-VALIDATION-ALL-FAILURES"),
        new Variant(
            "412-never-sent",
            BrokenVariants::neverPrecondition,
            "PRJ-PRECONDITION-COMPANY-MISSING",
            "PRJ-PRECONDITION-VERSION-MISSING",
            "PRJ-PRECONDITION-VERSION-MALFORMED",
            "PRJ-PRECONDITION-VERSION-UNSUPPORTED"),
        new Variant(
            "unsupported-version-accepted",
            BrokenVariants::anyVersion,
            "PRJ-PRECONDITION-VERSION-UNSUPPORTED"),
        new Variant(
            "revoked-token-accepted", BrokenVariants::revokedAccepted, "PRJ-AUTH-REVOKED-TOKEN"),
        new Variant("metadata-nulls", BrokenVariants::metadataNulls, "PRJ-METADATA-WITH-VALUE"),
        new Variant("numbers-as-strings", BrokenVariants::numbersAsStrings, "PRJ-SCHEMA-200"),
        new Variant(
                "400-before-401",
                BrokenVariants::validationFirst,
                "PRJ-PRECEDENCE-401-OVER-400",
                "PRJ-PRECEDENCE-412-OVER-400",
                "PRJ-PRECEDENCE-403-OVER-400")
            .inSeededAlso(
                "PRJ-PRECEDENCE-401-OVER-412",
                "PRJ-PRECEDENCE-401-OVER-403",
                "PRJ-PRECEDENCE-412-OVER-403"),
        new Variant(
            "500-on-bad-date",
            BrokenVariants::crashOnBadDate,
            "PRJ-VALIDATION-DATE-START",
            "PRJ-VALIDATION-DATE-START-STRICT",
            "PRJ-VALIDATION-ALL-FAILURES",
            "PRJ-VALIDATION-REPEATED"),
        new Variant(
            "company-header-ignored",
            BrokenVariants::alwaysAcme,
            "PRJ-ISOLATION-UNKNOWN-COMPANY",
            "PRJ-ISOLATION-FOREIGN-COMPANY",
            "PRJ-FORBIDDEN-UNKNOWN-COMPANY",
            "PRJ-FORBIDDEN-NO-COMPANY-ACCESS"),
        new Variant(
            "unstable-order",
            BrokenVariants::unstableOrder,
            "PRJ-PAGING-CONCAT",
            "PRJ-ORDER-STABLE"),
        new Variant(
            "on-a-date-in-utc",
            BrokenVariants::onDateInUtc,
            "PRJ-FILTER-UPDATED-AT-EQ-OFFSET",
            "PRJ-FILTER-DELETED-AT-EQ-OFFSET"),
        new Variant("wrong-content-type", BrokenVariants::textPlain, "PRJ-CONTENT-TYPE"),
        new Variant(
            "bearer-case-sensitive", BrokenVariants::bearerCaseSensitive, "PRJ-AUTH-SCHEME-CASE"),
        new Variant("offset-ignored", BrokenVariants::offsetIgnored, "PRJ-PAGING-CONCAT"),
        new Variant("last-page-refused", BrokenVariants::lastPageRefused, "PRJ-PAGING-CONCAT"),
        new Variant(
            "limit-ignored-with-a-filter",
            BrokenVariants::limitIgnoredWithFilter,
            "PRJ-PAGING-CONCAT"),
        new Variant("deleted-only-empty", BrokenVariants::onlyDeletedEmpty, "PRJ-DELETED-ONLY"),
        new Variant(
            "exclude-drops-actives", BrokenVariants::excludeDropsActives, "PRJ-DELETED-EXCLUDE"),
        new Variant(
            "default-drops-actives", BrokenVariants::defaultDropsActives, "PRJ-DELETED-DEFAULT"),
        new Variant(
            "failure-without-field", BrokenVariants::failureWithoutField, "PRJ-SCHEMA-400"));
  }

  /**
   * Data leaks whose default list is right: a rule of scope forgotten on one door only (a deletion
   * value, a filter, another company's soft-deleted projects). The suite catches each on the door
   * it leaks through.
   */
  public static List<Variant> leaks() {
    List<Variant> leaks = new ArrayList<>(scopeLeaks());
    leaks.add(
        new Variant(
            "foreign-deleted-projects-leak",
            ScopeBreaks::foreignDeletedProjectsLeak,
            "PRJ-ISOLATION-FOREIGN-COMPANY"));
    return List.copyOf(leaks);
  }

  /**
   * The leaks within the company: a permission scope forgotten on one door. Unlike another
   * company's projects, which a differential run reads as the target's own data, these show as
   * lists that differ from the rules.
   */
  public static List<Variant> scopeLeaks() {
    return List.of(
        new Variant(
            "scope-skipped-for-deleted-only",
            ScopeBreaks::scopeSkippedForDeletedOnly,
            "PRJ-PERM-VIEW",
            "PRJ-PERM-VIEW-OTHER"),
        new Variant(
            "scope-skipped-with-a-probability-filter",
            ScopeBreaks::scopeSkippedWithProbability,
            "PRJ-PERM-VIEW",
            "PRJ-PERM-VIEW-OTHER"));
  }

  /** {@code gt:V} keeps the projects equal to V too. */
  static EndpointParts gtAsGte(EndpointParts parts) {
    return widen(parts, FilterOperator.GT);
  }

  /** {@code lt:V} keeps the projects equal to V too. */
  static EndpointParts ltAsLte(EndpointParts parts) {
    return widen(parts, FilterOperator.LT);
  }

  private static EndpointParts widen(EndpointParts parts, FilterOperator operator) {
    PredicateFactory standard = parts.predicates();
    return parts.toBuilder()
        .predicates(
            standard.withCriterion(
                criterion -> {
                  Predicate<Project> strict = standard.criterion(criterion);
                  if (criterion.operator() != operator) {
                    return strict;
                  }
                  FilterCriterion equal =
                      new FilterCriterion(
                          criterion.definition(), FilterOperator.EQ, criterion.value());
                  return criterion.definition().type() == FilterValueType.DATE_TIME
                      ? strict.or(
                          project ->
                              FieldValues.instant(project.field(criterion.definition().field()))
                                  .map(instant -> instant.equals(criterion.dateTime().toInstant()))
                                  .orElse(false))
                      : strict.or(standard.criterion(equal));
                }))
        .build();
  }

  /** Every value of {@code deleted} keeps every project. */
  static EndpointParts deletedIgnored(EndpointParts parts) {
    return parts.toBuilder()
        .predicates(parts.predicates().withDeletion(scope -> project -> true))
        .build();
  }

  /** A {@code limit} above the maximum is served instead of refused. */
  static EndpointParts noLimitCap(EndpointParts parts) {
    String limit = parts.contract().limit().parameter();
    long max = parts.contract().limit().maximum().orElseThrow();
    return parts.toBuilder()
        .queryParser(
            raw -> {
              Long asked = QueryPieces.number(raw, limit);
              if (asked == null || asked <= max) {
                return parts.queryParser().parse(raw);
              }
              return parts
                  .queryParser()
                  .parse(QueryPieces.replace(raw, limit, String.valueOf(max)))
                  .map(query -> query.withLimit(asked));
            })
        .build();
  }

  /** A non-zero offset starts one project early (counted from 1). */
  static EndpointParts offsetOffByOne(EndpointParts parts) {
    return parts.toBuilder()
        .paginator(
            (selected, query) ->
                parts
                    .paginator()
                    .page(
                        selected,
                        query.offset() > 0 ? query.withOffset(query.offset() - 1) : query))
        .build();
  }

  /** Without {@code limit}, pages hold 50 projects. */
  static EndpointParts defaultLimit50(EndpointParts parts) {
    String limit = parts.contract().limit().parameter();
    return parts.toBuilder()
        .queryParser(
            raw -> {
              Outcome<ListQuery> parsed = parts.queryParser().parse(raw);
              return QueryPieces.has(raw, limit)
                  ? parsed
                  : parsed.map(query -> query.withLimit(50));
            })
        .build();
  }

  /** {@code pipeline.view} alone shows every project. */
  static EndpointParts viewOnlySeesAll(EndpointParts parts) {
    return seesAllWithOnly(parts, Visibility.OWN);
  }

  /** {@code pipeline.view_other} alone shows the user's own projects too. */
  static EndpointParts viewOtherSeesOwn(EndpointParts parts) {
    return seesAllWithOnly(parts, Visibility.OTHERS);
  }

  /** A grant of {@code visibility} alone sees every project. */
  private static EndpointParts seesAllWithOnly(EndpointParts parts, Visibility visibility) {
    return parts.toBuilder()
        .visibility(
            grant ->
                grant.visibilities().equals(Set.of(visibility))
                    ? project -> true
                    : parts.visibility().visibleTo(grant))
        .build();
  }

  /** A 400 lists only the first invalid parameter. */
  static EndpointParts firstFailureOnly(EndpointParts parts) {
    return parts.toBuilder()
        .queryParser(
            raw -> {
              Outcome<ListQuery> parsed = parts.queryParser().parse(raw);
              return parsed
                  .refusal()
                  .filter(refusal -> refusal.failures().size() > 1)
                  .map(
                      refusal ->
                          Outcome.<ListQuery>refused(
                              refusal.withFailures(refusal.failures().subList(0, 1))))
                  .orElse(parsed);
            })
        .build();
  }

  /** Missing or odd headers are accepted: no request is ever a 412. */
  static EndpointParts neverPrecondition(EndpointParts parts) {
    String company = parts.contract().headers().companyHeader();
    String version = parts.contract().headers().versionHeader();
    return parts.toBuilder()
        .preconditions(
            request ->
                Outcome.ok(
                    new RequestTarget(
                        String.valueOf(request.header(company)),
                        String.valueOf(request.header(version)))))
        .build();
  }

  /** Any well-formed version is served. */
  static EndpointParts anyVersion(EndpointParts parts) {
    String version = parts.contract().headers().versionHeader();
    String company = parts.contract().headers().companyHeader();
    return parts.toBuilder()
        .preconditions(
            request -> {
              Outcome<RequestTarget> checked = parts.preconditions().check(request);
              boolean unsupported =
                  checked.refusal().map(r -> "unsupported-version".equals(r.cause())).orElse(false);
              return unsupported
                  ? Outcome.ok(new RequestTarget(request.header(company), request.header(version)))
                  : checked;
            })
        .build();
  }

  /** A revoked token still authenticates. */
  static EndpointParts revokedAccepted(EndpointParts parts) {
    return parts.toBuilder()
        .authenticator(
            (request, data) -> {
              var standard = parts.authenticator().authenticate(request, data);
              if (standard.isOk()) {
                return standard;
              }
              String authorization = request.header("Authorization");
              String token =
                  authorization == null
                      ? ""
                      : authorization.replaceFirst("(?i)^bearer\\s+", "").trim();
              return data.identityByToken(token)
                  .filter(identity -> identity.revoked())
                  .map(identity -> Outcome.ok(identity))
                  .orElse(standard);
            })
        .build();
  }

  /** Every metadata of the company appears, null when the project has no value for it. */
  static EndpointParts metadataNulls(EndpointParts parts) {
    return Renderings.rendered(
        parts,
        (json, grant) -> {
          for (MetadataDefinition definition : grant.company().metadata()) {
            String field = MetadataDefinition.FIELD_PREFIX + definition.id();
            if (!json.has(field)) {
              json.putNull(field);
            }
          }
        });
  }

  /** value, probability and duration are sent as strings, as the reference page's example shows. */
  static EndpointParts numbersAsStrings(EndpointParts parts) {
    return Renderings.rendered(
        parts,
        (json, grant) -> {
          for (String field : List.of("value", "probability", "duration")) {
            if (json.hasNonNull(field)) {
              json.set(field, JsonNodeFactory.instance.textNode(json.get(field).asText()));
            }
          }
        });
  }

  /** The query is validated before the caller is authenticated. */
  static EndpointParts validationFirst(EndpointParts parts) {
    return parts.toBuilder()
        .checks(List.of(Check.VALIDATION, Check.AUTHENTICATION, Check.PRECONDITIONS, Check.ACCESS))
        .build();
  }

  /** An invalid date makes the server fail (a 500) instead of a 400. */
  static EndpointParts crashOnBadDate(EndpointParts parts) {
    return parts.toBuilder()
        .queryParser(
            raw -> {
              Outcome<ListQuery> parsed = parts.queryParser().parse(raw);
              boolean badDate =
                  parsed.refusal().stream()
                      .flatMap(refusal -> refusal.failures().stream())
                      .anyMatch(
                          failure ->
                              parts
                                  .contract()
                                  .filter(failure.field())
                                  .map(filter -> filter.type() == FilterValueType.DATE)
                                  .orElse(false));
              if (badDate) {
                throw new IllegalArgumentException("unparseable date");
              }
              return parsed;
            })
        .build();
  }

  /** The company header is read, but every request is served from acme. */
  static EndpointParts alwaysAcme(EndpointParts parts) {
    return parts.toBuilder()
        .preconditions(
            request ->
                parts
                    .preconditions()
                    .check(request)
                    .map(target -> new RequestTarget("acme", target.version())))
        .build();
  }

  /** Every answer lists the selected projects in a new random order. */
  static EndpointParts unstableOrder(EndpointParts parts) {
    return Selections.reordered(parts, Collections::shuffle);
  }

  /** "On a date" compares the UTC dates instead of the dates in the value's offset. */
  static EndpointParts onDateInUtc(EndpointParts parts) {
    PredicateFactory standard = parts.predicates();
    return parts.toBuilder()
        .predicates(
            standard.withCriterion(
                criterion -> {
                  if (criterion.definition().type() != FilterValueType.DATE_TIME
                      || criterion.operator() != FilterOperator.EQ) {
                    return standard.criterion(criterion);
                  }
                  var day = criterion.dateTime().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
                  return project ->
                      FieldValues.instant(project.field(criterion.definition().field()))
                          .map(
                              instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate().equals(day))
                          .orElse(false);
                }))
        .build();
  }

  /** Answers are labelled text/plain. */
  static EndpointParts textPlain(EndpointParts parts) {
    return parts.toBuilder()
        .renderer((page, grant) -> relabel(parts.renderer().render(page, grant)))
        .errorRenderer(refusal -> relabel(parts.errorRenderer().render(refusal)))
        .build();
  }

  private static Answer relabel(Answer answer) {
    return answer.withHeader("Content-Type", "text/plain; charset=utf-8");
  }

  /** Only the exact spelling {@code Bearer} is accepted. */
  static EndpointParts bearerCaseSensitive(EndpointParts parts) {
    return parts.toBuilder()
        .authenticator(
            (request, data) -> {
              String authorization = request.header("Authorization");
              if (authorization != null && !authorization.startsWith("Bearer ")) {
                return Outcome.refused(Refusal.of(parts.contract().error(401), "wrong-scheme"));
              }
              return parts.authenticator().authenticate(request, data);
            })
        .build();
  }

  /** Every page starts at the first project, whatever the offset. */
  static EndpointParts offsetIgnored(EndpointParts parts) {
    return parts.toBuilder()
        .paginator((selected, query) -> parts.paginator().page(selected, query.withOffset(0)))
        .build();
  }

  /** The last page of a list read in pages (an offset whose window reaches the end) is a 400. */
  static EndpointParts lastPageRefused(EndpointParts parts) {
    Check lastPage =
        exchange -> {
          if (!exchange.grant().isOk() || !exchange.query().isOk()) {
            return Optional.empty();
          }
          ListQuery query = exchange.query().value();
          Predicate<Project> keep =
              parts
                  .visibility()
                  .visibleTo(exchange.grant().value())
                  .and(parts.predicates().deletion(query.deletion()));
          for (FilterCriterion criterion : query.criteria()) {
            keep = keep.and(parts.predicates().criterion(criterion));
          }
          int size =
              parts
                  .selector()
                  .select(exchange.data().projects(exchange.grant().value().company().slug()), keep)
                  .size();
          boolean last = query.offset() > 0 && query.offset() + query.limit() >= size;
          return last
              ? Optional.of(
                  Refusal.invalid(
                      parts.contract().error(400),
                      List.of(
                          new FieldFailure(
                              parts.contract().offset().parameter(), "No more projects."))))
              : Optional.empty();
        };
    List<Check> checks = new ArrayList<>(parts.checks());
    checks.add(lastPage);
    return parts.toBuilder().checks(checks).build();
  }

  /** With a filter in the query, {@code limit} is ignored: the page runs to the end. */
  static EndpointParts limitIgnoredWithFilter(EndpointParts parts) {
    return parts.toBuilder()
        .queryParser(
            raw ->
                parts
                    .queryParser()
                    .parse(raw)
                    .map(
                        query ->
                            query.criteria().isEmpty() ? query : query.withLimit(Long.MAX_VALUE)))
        .build();
  }

  /** {@code deleted=only} answers an empty list. */
  static EndpointParts onlyDeletedEmpty(EndpointParts parts) {
    PredicateFactory standard = parts.predicates();
    return parts.toBuilder()
        .predicates(
            standard.withDeletion(
                scope ->
                    scope == DeletionScope.DELETED ? project -> false : standard.deletion(scope)))
        .build();
  }

  /** An explicit {@code deleted=exclude} leaves out every active project with an odd id. */
  static EndpointParts excludeDropsActives(EndpointParts parts) {
    String deleted = parts.contract().deletionFilter().parameter();
    String exclude = parts.contract().deletionFilter().valueFor(DeletionScope.ACTIVE);
    return dropOddIds(parts, raw -> exclude.equals(QueryPieces.value(raw, deleted)));
  }

  /** Without {@code deleted}, every active project with an odd id is left out. */
  static EndpointParts defaultDropsActives(EndpointParts parts) {
    String deleted = parts.contract().deletionFilter().parameter();
    return dropOddIds(parts, raw -> !QueryPieces.has(raw, deleted));
  }

  /**
   * Leaves out the projects with an odd id from the answers to the queries {@code when} picks: the
   * parser marks such a query with a criterion of its own, which the predicates recognise.
   */
  private static EndpointParts dropOddIds(EndpointParts parts, Predicate<String> when) {
    FilterCriterion mark =
        new FilterCriterion(parts.contract().filters().get(0), FilterOperator.EQ, new Object());
    PredicateFactory standard = parts.predicates();
    return parts.toBuilder()
        .queryParser(
            raw -> {
              Outcome<ListQuery> parsed = parts.queryParser().parse(raw);
              if (!when.test(raw)) {
                return parsed;
              }
              return parsed.map(
                  query -> {
                    List<FilterCriterion> criteria = new ArrayList<>(query.criteria());
                    criteria.add(mark);
                    return query.withCriteria(criteria);
                  });
            })
        .predicates(
            standard.withCriterion(
                criterion ->
                    criterion == mark
                        ? project -> project.id() % 2 == 0
                        : standard.criterion(criterion)))
        .build();
  }

  /** A 400's failure entries carry no {@code field}. */
  static EndpointParts failureWithoutField(EndpointParts parts) {
    return parts.toBuilder()
        .errorRenderer(
            refusal -> {
              Answer answer = parts.errorRenderer().render(refusal);
              try {
                JsonNode body = JSON.readTree(answer.body());
                body.path("failures").forEach(failure -> ((ObjectNode) failure).remove("field"));
                return answer.withBody(JSON.writeValueAsBytes(body));
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .build();
  }

  private static final ObjectMapper JSON = new ObjectMapper();
}
