package io.wethodkit.conformance.seeded;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.Catalogue;
import io.wethodkit.conformance.catalogue.ContractParameters;
import io.wethodkit.conformance.catalogue.GrammarParameter;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.FilterDefinition;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.FilterValueType;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.RawQuery;
import io.wethodkit.fixtures.golden.GoldenCase;
import io.wethodkit.fixtures.read.FixtureIdentity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which requirements each golden case verifies. The area comes from the case's name ({@code
 * <area>.<detail>}, see the fixtures' README); within an area the requirement is read from the
 * request itself (which header is missing, which parameter is invalid and why), so that a new case
 * needs no change here. A case is attached to a MUST requirement only when its expectation is
 * exactly what the reference page demands; otherwise to the SHOULD requirement of the
 * Interpretation it rests on.
 */
public final class GoldenIndex {

  private static final Pattern STATUS = Pattern.compile("(?<![0-9])([1-5][0-9]{2})(?![0-9])");
  private static final Pattern FRACTION = Pattern.compile("T\\d{2}:\\d{2}:\\d{2}\\.\\d");

  private final Map<String, List<GoldenCase>> byRequirement;
  private final List<GoldenCase> unmapped;
  private final Mapper mapper;

  private GoldenIndex(
      Map<String, List<GoldenCase>> byRequirement, List<GoldenCase> unmapped, Mapper mapper) {
    this.byRequirement = byRequirement;
    this.unmapped = List.copyOf(unmapped);
    this.mapper = mapper;
  }

  public static GoldenIndex of(FixtureDataset data, Contract contract, Catalogue catalogue) {
    Mapper mapper = new Mapper(data, contract, catalogue);
    Map<String, List<GoldenCase>> byRequirement = new LinkedHashMap<>();
    List<GoldenCase> unmapped = new ArrayList<>();
    for (GoldenCase goldenCase : data.golden()) {
      Set<Requirement> requirements = mapper.map(goldenCase);
      if (requirements.isEmpty()) {
        unmapped.add(goldenCase);
      }
      requirements.forEach(
          r -> byRequirement.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(goldenCase));
    }
    return new GoldenIndex(byRequirement, unmapped, mapper);
  }

  /**
   * The requirements a case rests on besides {@code requirementId}, the one it counts towards: a
   * case that combines a filter with a deletion scope, a page size, an offset, another company or a
   * permission profile can only judge its own requirement while those hold. {@code company} is the
   * one the run's identities belong to.
   */
  public Set<String> dependencies(GoldenCase goldenCase, String requirementId, String company) {
    Set<String> ids = new LinkedHashSet<>();
    mapper.features(goldenCase, company).forEach(r -> ids.add(r.id()));
    ids.remove(requirementId);
    return ids;
  }

  public List<GoldenCase> casesFor(String requirementId) {
    return byRequirement.getOrDefault(requirementId, List.of());
  }

  /** Cases no requirement claims (none, for the bundled golden file). */
  public List<GoldenCase> unmapped() {
    return unmapped;
  }

  /** Requirement ids with at least one golden case. */
  public Set<String> requirementIds() {
    return byRequirement.keySet();
  }

  /** Reads a golden case against the contract and the fixtures. */
  private static final class Mapper {
    private final FixtureDataset data;
    private final Contract contract;
    private final Catalogue catalogue;
    private final List<GrammarParameter> parameters;
    private final ValueClassifier classifier;

    Mapper(FixtureDataset data, Contract contract, Catalogue catalogue) {
      this.data = data;
      this.contract = contract;
      this.catalogue = catalogue;
      this.parameters = ContractParameters.of(contract);
      this.classifier = new ValueClassifier(contract);
    }

    Set<Requirement> map(GoldenCase c) {
      Set<Requirement> out = new LinkedHashSet<>();
      RawQuery query = RawQuery.parse(c.request().query());
      String[] segments = c.name().split("\\.");
      int status = c.expect().status();
      switch (c.area()) {
        case "filter" -> filter(c, segments, query, out);
        case "deleted" -> deleted(segments, out);
        case "page" -> page(c, query, out);
        case "perm", "isolation", "forbidden" -> access(c, out);
        case "auth" -> auth(c, out);
        case "precondition" -> precondition(c, out);
        case "validation" -> validation(c, query, out);
        case "precedence" -> precedence(c, out);
        default -> {}
      }
      if (status == 401 && out.isEmpty()) {
        auth(c, out);
      }
      return out;
    }

    /** The behaviours a case's request exercises, whatever requirement it counts towards. */
    Set<Requirement> features(GoldenCase c, String home) {
      Set<Requirement> out = new LinkedHashSet<>();
      RawQuery query = RawQuery.parse(c.request().query());
      if (c.expect().status() == 400
          && c.expect().failureFields() != null
          && c.expect().failureFields().size() > 1) {
        find("validation-all-failures").ifPresent(out::add);
      }
      if ("precedence".equals(c.area())) {
        causes(c, out);
      }
      if (c.expect().status() != 200) {
        return out;
      }
      List<RawQuery.Parameter> deletion = query.named(contract.deletionFilter().parameter());
      if (deletion.isEmpty()) {
        find("deleted-default").ifPresent(out::add);
      } else {
        deletion
            .get(0)
            .value()
            .ifPresent(v -> find("deleted-value", bound("value", v)).ifPresent(out::add));
      }
      if (query.named(contract.limit().parameter()).isEmpty()) {
        find("limit-default").ifPresent(out::add);
      } else {
        find("limit-honoured").ifPresent(out::add);
      }
      if (!query.named(contract.offset().parameter()).isEmpty()) {
        find("offset").ifPresent(out::add);
      }
      for (FilterDefinition filter : contract.filters()) {
        for (RawQuery.Parameter entry : query.named(filter.parameter())) {
          String operator =
              filter.operators().stream()
                  .filter(op -> op != FilterOperator.EQ)
                  .filter(op -> entry.value().map(v -> v.startsWith(op.prefix())).orElse(false))
                  .map(FilterOperator::contractName)
                  .findFirst()
                  .orElse(FilterOperator.EQ.contractName());
          find(
                  "filter-operator",
                  bound("parameter", filter.parameter()).and(bound("operator", operator)))
              .ifPresent(out::add);
        }
      }
      String company = header(c, contract.headers().companyHeader()).orElse("");
      if (!company.equals(home)) {
        find("isolation-foreign-company").ifPresent(out::add);
      }
      token(c).flatMap(data::identityWithToken).ifPresent(who -> profile(who, company, out));
      return out;
    }

    private Optional<Requirement> find(String check, Predicate<Requirement> more) {
      return catalogue.requirements().stream()
          .filter(r -> r.check().equals(check))
          .filter(more)
          .findFirst();
    }

    private Optional<Requirement> find(String check) {
      return find(check, r -> true);
    }

    private Predicate<Requirement> bound(String name, String value) {
      return r -> r.binding(name).filter(value::equals).isPresent();
    }

    private void filter(GoldenCase c, String[] segments, RawQuery query, Set<Requirement> out) {
      if (segments.length < 3 || contract.filter(segments[1]).isEmpty()) {
        find("filter-and").ifPresent(out::add);
        return;
      }
      FilterDefinition filter = contract.filter(segments[1]).get();
      String operator = segments[2];
      // A filter on a field that is null for every project of the default scope relies on
      // Interpretation 6 (filters AND the deletion scope).
      if (query.named(contract.deletionFilter().parameter()).isEmpty()
          && nullable(filter.field())) {
        find("filter-and").ifPresent(out::add);
        return;
      }
      boolean inOffset =
          filter.type() == FilterValueType.DATE_TIME
              && FilterOperator.EQ.contractName().equals(operator)
              && query.value(filter.parameter()).map(Mapper::notUtc).orElse(false);
      boolean fraction =
          filter.type() == FilterValueType.DATE_TIME
              && query.value(filter.parameter()).map(Mapper::hasFraction).orElse(false);
      if (fraction) {
        // The page writes date-times in whole seconds; a fraction is the contract's extension.
        find("filter-fractional-seconds", bound("parameter", filter.parameter()))
            .ifPresent(out::add);
      } else if (inOffset) {
        find("filter-on-date-offset", bound("parameter", filter.parameter())).ifPresent(out::add);
      } else {
        find(
                "filter-operator",
                bound("parameter", filter.parameter()).and(bound("operator", operator)))
            .ifPresent(out::add);
      }
    }

    private static boolean hasFraction(String value) {
      return FRACTION.matcher(value).find();
    }

    private static boolean notUtc(String value) {
      try {
        return OffsetDateTime.parse(value).getOffset().getTotalSeconds() != 0;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    private boolean nullable(String field) {
      JsonNode type =
          contract.document().at("/components/schemas/Project/properties/" + field + "/type");
      if (type.isArray()) {
        for (JsonNode item : type) {
          if ("null".equals(item.asText())) {
            return true;
          }
        }
      }
      return "null".equals(type.asText());
    }

    private void deleted(String[] segments, Set<Requirement> out) {
      if (segments.length >= 2 && contract.deletionFilter().scopes().containsKey(segments[1])) {
        find("deleted-value", bound("value", segments[1])).ifPresent(out::add);
      } else {
        find("deleted-default").ifPresent(out::add);
      }
    }

    private void page(GoldenCase c, RawQuery query, Set<Requirement> out) {
      boolean offset = !query.named(contract.offset().parameter()).isEmpty();
      boolean limit = !query.named(contract.limit().parameter()).isEmpty();
      boolean empty = c.expect().ids() != null && c.expect().ids().isEmpty();
      if (offset && empty) {
        find("offset-past-end").ifPresent(out::add);
      } else if (offset) {
        find("offset").ifPresent(out::add);
      } else if (limit) {
        boolean max =
            contract.limit().maximum().isPresent()
                && query
                    .value(contract.limit().parameter())
                    .filter(v -> v.equals(String.valueOf(contract.limit().maximum().getAsLong())))
                    .isPresent();
        find(max ? "limit-max" : "limit-honoured").ifPresent(out::add);
      } else {
        find("limit-default").ifPresent(out::add);
      }
    }

    /** Permission profiles, company isolation and 403s, read from who asks which company. */
    private void access(GoldenCase c, Set<Requirement> out) {
      int status = c.expect().status();
      String company = header(c, contract.headers().companyHeader()).orElse("");
      Optional<FixtureIdentity> identity = token(c).flatMap(data::identityWithToken);
      if (status == 401) {
        auth(c, out);
        return;
      }
      if (status == 403) {
        if (data.company(company).isEmpty()) {
          find("forbidden-unknown-company").ifPresent(out::add);
        } else if (identity.isPresent() && identity.get().permissionsIn(company).isEmpty()) {
          find("forbidden-no-company-access").ifPresent(out::add);
        } else {
          find("forbidden-no-permission").ifPresent(out::add);
        }
        return;
      }
      if (status != 200 || identity.isEmpty()) {
        return;
      }
      if ("isolation".equals(c.area())) {
        find("isolation-foreign-company").ifPresent(out::add);
        return;
      }
      profile(identity.get(), company, out);
    }

    /**
     * The requirements of each cause a precedence case combines (its token, its headers, its
     * company): the order between two answers can only be judged when each comes on its own.
     */
    private void causes(GoldenCase c, Set<Requirement> out) {
      Matcher matcher = STATUS.matcher(c.name());
      while (matcher.find()) {
        switch (matcher.group(1)) {
          case "401" -> auth(c, out);
          case "412" -> precondition(c, out);
          case "403" -> {
            String company = header(c, contract.headers().companyHeader()).orElse("");
            Optional<FixtureIdentity> identity = token(c).flatMap(data::identityWithToken);
            if (data.company(company).isEmpty()) {
              find("forbidden-unknown-company").ifPresent(out::add);
            } else if (identity.isEmpty() || identity.get().permissionsIn(company).isEmpty()) {
              find("forbidden-no-company-access").ifPresent(out::add);
            } else {
              find("forbidden-no-permission").ifPresent(out::add);
            }
          }
          default -> {}
        }
      }
    }

    /** The permission requirement of what {@code identity} may see in {@code company}. */
    private void profile(FixtureIdentity identity, String company, Set<Requirement> out) {
      List<String> permissions = identity.permissionsIn(company).orElse(List.of());
      boolean own = permissions.contains(contract.access().permissionFor(Visibility.OWN));
      boolean others = permissions.contains(contract.access().permissionFor(Visibility.OTHERS));
      if (own && others) {
        find("perm-both").ifPresent(out::add);
      } else if (own) {
        find("perm-view").ifPresent(out::add);
      } else if (others) {
        find("perm-view-other").ifPresent(out::add);
      }
    }

    private void auth(GoldenCase c, Set<Requirement> out) {
      Optional<String> authorization = header(c, "Authorization");
      int status = c.expect().status();
      if (authorization.isEmpty()) {
        find("auth-missing").ifPresent(out::add);
        find("auth-required").ifPresent(out::add);
        return;
      }
      String[] parts = authorization.get().trim().split("\\s+", 2);
      boolean bearer =
          parts.length == 2 && "bearer".equalsIgnoreCase(parts[0]) && !parts[1].isBlank();
      if (!bearer) {
        find("auth-wrong-scheme").ifPresent(out::add);
      } else if (status == 200) {
        find("auth-scheme-case").ifPresent(out::add);
      } else if (data.identityWithToken(parts[1].trim())
          .filter(FixtureIdentity::revoked)
          .isPresent()) {
        find("auth-revoked-token").ifPresent(out::add);
      } else if (data.identityWithToken(parts[1].trim()).isEmpty()) {
        find("auth-unknown-token").ifPresent(out::add);
        // The page does not say whether tokens are case-sensitive: a known token in other case
        // is a 401 by the contract only.
        if (!knownInOtherCase(parts[1].trim())) {
          find("auth-required").ifPresent(out::add);
        }
      }
    }

    private boolean knownInOtherCase(String token) {
      return data.identities().stream().anyMatch(i -> i.token().equalsIgnoreCase(token));
    }

    private void precondition(GoldenCase c, Set<Requirement> out) {
      Optional<String> company = header(c, contract.headers().companyHeader());
      Optional<String> version = header(c, contract.headers().versionHeader());
      if (company.map(String::isBlank).orElse(true)) {
        find("precondition-company-missing").ifPresent(out::add);
      } else if (version.map(String::isBlank).orElse(true)) {
        find("precondition-version-missing").ifPresent(out::add);
      } else if (!realDate(version.get())) {
        find("precondition-version-malformed").ifPresent(out::add);
      } else {
        find("precondition-version-unsupported").ifPresent(out::add);
      }
    }

    private static boolean realDate(String text) {
      try {
        LocalDate.parse(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    private void validation(GoldenCase c, RawQuery query, Set<Requirement> out) {
      if (c.expect().status() == 200) {
        find("validation-unknown-ignored").ifPresent(out::add);
        return;
      }
      if (c.expect().status() != 400 || c.expect().failureFields() == null) {
        return;
      }
      List<String> fields = c.expect().failureFields();
      if (fields.size() > 1) {
        find("validation-all-failures").ifPresent(out::add);
      }
      for (GrammarParameter parameter : parameters) {
        List<RawQuery.Parameter> entries = query.named(parameter.name());
        if (entries.size() > 1) {
          find("validation-repeated").ifPresent(out::add);
        }
      }
      if (fields.size() != 1 || query.named(fields.get(0)).size() != 1) {
        return;
      }
      String field = fields.get(0);
      RawQuery.Parameter entry = query.named(field).get(0);
      Optional<GrammarParameter> parameter =
          parameters.stream().filter(p -> p.name().equals(field)).findFirst();
      if (parameter.isEmpty()) {
        return;
      }
      if (entry.value().isEmpty()) {
        find("validation-percent-encoding").ifPresent(out::add);
        return;
      }
      boolean dateTime =
          parameter.get().filter().map(f -> f.type() == FilterValueType.DATE_TIME).orElse(false);
      if (dateTime && entry.rawValue().contains("+")) {
        find("validation-plus-as-space").ifPresent(out::add);
        return;
      }
      ValueClassifier.Reason reason =
          entry.hasEquals()
              ? classifier.classify(parameter.get(), entry.value().get())
              : ValueClassifier.Reason.UNGRAMMATICAL;
      String check =
          reason == ValueClassifier.Reason.OUTSIDE
              ? "validation-parameter"
              : "validation-parameter-strict";
      find(check, bound("parameter", field)).ifPresent(out::add);
    }

    /** {@code precedence.401-over-412-over-403}: the first status over each later one. */
    private void precedence(GoldenCase c, Set<Requirement> out) {
      List<String> statuses = new ArrayList<>();
      Matcher matcher = STATUS.matcher(c.name());
      while (matcher.find()) {
        statuses.add(matcher.group(1));
      }
      for (int i = 1; i < statuses.size(); i++) {
        find("precedence", bound("first", statuses.get(0)).and(bound("second", statuses.get(i))))
            .ifPresent(out::add);
      }
    }

    private static Optional<String> header(GoldenCase c, String name) {
      return c.request().headers().entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst();
    }

    private static Optional<String> token(GoldenCase c) {
      return header(c, "Authorization")
          .map(value -> value.trim().split("\\s+", 2))
          .filter(parts -> parts.length == 2 && "bearer".equalsIgnoreCase(parts[0]))
          .map(parts -> parts[1].trim());
    }
  }
}
