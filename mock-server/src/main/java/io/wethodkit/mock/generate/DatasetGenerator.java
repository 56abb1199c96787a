package io.wethodkit.mock.generate;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.Project;
import io.wethodkit.mock.store.ProjectRules;
import io.wethodkit.mock.store.ProjectTable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic synthetic dataset in the fixture format: the companies and identities of a base
 * dataset, and generated projects (the same for the same spec), in which each identity with access
 * to a company is the PM or Account of a share of its projects, so every permission shows
 * something. The projects follow the contract's Project schema by construction (its properties in
 * its order, metadata of the company's definitions); the tests check it against the schemas.
 */
public final class DatasetGenerator {

  /** Each company after the first gets this fraction of the first one's projects. */
  static final int OTHER_COMPANY_DIVISOR = 20;

  private final ProjectRules rules;
  private final List<String> properties;

  public DatasetGenerator(Contract contract) {
    this.rules = new ProjectRules(contract);
    this.properties = rules.properties();
  }

  /** The dataset of {@code spec} on the companies and identities of {@code base}. */
  public Dataset generate(GeneratorSpec spec, Dataset base) {
    Collection<Company> companies = base.companies();
    Map<String, ProjectTable> projects = new LinkedHashMap<>();
    long nextId = 1;
    boolean first = true;
    for (Company company : companies) {
      int count = first ? spec.projects() : spec.projects() / OTHER_COMPANY_DIVISOR;
      first = false;
      SyntheticProjects source =
          new SyntheticProjects(properties, company, owners(base, company), spec.seed());
      projects.put(
          company.slug(),
          ProjectTable.build(
              nextId, count, id -> Project.of(source.project(id)), rules.layout(company)));
      nextId += count;
    }
    return Dataset.ofTables(companies, projects, base.identities());
  }

  /** The person ids of the identities that may see something in {@code company}. */
  private static long[] owners(Dataset base, Company company) {
    return base.identities().stream()
        .filter(i -> i.permissions().containsKey(company.slug()))
        .mapToLong(Identity::personId)
        .distinct()
        .sorted()
        .toArray();
  }
}
