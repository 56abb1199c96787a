package io.wethodkit.mock.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of everything the mock serves: companies, their projects (ascending id) and
 * identities. Changes make a new snapshot, so that a reader holding one sees it whole.
 */
public final class Dataset {

  private final Map<String, Company> companies;
  private final Map<String, ProjectTable> projects;
  private final Map<String, Identity> identities;
  private final Map<String, Identity> identitiesByToken;

  /**
   * A dataset; checks what a snapshot needs to be consistent (unique slugs, project ids unique
   * across companies, unique identity names and tokens, projects only in known companies).
   */
  public Dataset(
      Collection<Company> companies,
      Map<String, ? extends Collection<Project>> projects,
      Collection<Identity> identities) {
    Map<String, Company> companyMap = new LinkedHashMap<>();
    for (Company company : companies) {
      if (companyMap.put(company.slug(), company) != null) {
        throw new InvalidDataException(
            "companies", "the slug '" + company.slug() + "' appears twice");
      }
    }
    Map<String, ProjectTable> projectMap = new LinkedHashMap<>();
    for (Company company : companyMap.values()) {
      projectMap.put(company.slug(), ProjectTable.of(List.of()));
    }
    projects.forEach(
        (slug, list) -> {
          if (!companyMap.containsKey(slug)) {
            throw new InvalidDataException(
                "projects/" + slug, "no company has the slug '" + slug + "'");
          }
          ProjectTable table = ProjectTable.sorted(list, slug);
          projectMap.forEach((other, held) -> requireNoSharedId(slug, table, other, held));
          projectMap.put(slug, table);
        });
    this.companies = Collections.unmodifiableMap(companyMap);
    this.projects = Collections.unmodifiableMap(projectMap);
    Map<String, Identity> byName = new LinkedHashMap<>();
    Map<String, Identity> byToken = new LinkedHashMap<>();
    index(identities, byName, byToken);
    this.identities = Collections.unmodifiableMap(byName);
    this.identitiesByToken = Collections.unmodifiableMap(byToken);
  }

  /**
   * A dataset of tables already built (see {@link ProjectTable#build}), checking that no project id
   * is in two companies (cheaply when their id ranges do not overlap, as generated ones do not).
   */
  public static Dataset ofTables(
      Collection<Company> companies,
      Map<String, ProjectTable> tables,
      Collection<Identity> identities) {
    Dataset shell = new Dataset(companies, Map.of(), identities);
    Map<String, ProjectTable> projectMap = new LinkedHashMap<>(shell.projects);
    tables.forEach(
        (slug, table) -> {
          shell.requireCompany(slug);
          projectMap.forEach((other, held) -> requireNoSharedId(slug, table, other, held));
          projectMap.put(slug, table);
        });
    return new Dataset(
        shell.companies,
        Collections.unmodifiableMap(projectMap),
        shell.identities,
        shell.identitiesByToken);
  }

  private static void requireNoSharedId(
      String slug, ProjectTable table, String other, ProjectTable held) {
    if (other.equals(slug)
        || table.size() == 0
        || held.size() == 0
        || table.lastId() < held.firstId()
        || held.lastId() < table.firstId()) {
      return;
    }
    boolean smaller = table.size() <= held.size();
    ProjectTable probe = smaller ? table : held;
    ProjectTable target = smaller ? held : table;
    for (Project project : probe.asList()) {
      if (target.find(project.id()).isPresent()) {
        throw new InvalidDataException(
            "projects/" + slug,
            "the project id " + project.id() + " is used twice (also in " + other + ")");
      }
    }
  }

  /** A dataset of parts already checked, sharing the unchanged ones with its source. */
  private Dataset(
      Map<String, Company> companies,
      Map<String, ProjectTable> projects,
      Map<String, Identity> identities,
      Map<String, Identity> identitiesByToken) {
    this.companies = companies;
    this.projects = projects;
    this.identities = identities;
    this.identitiesByToken = identitiesByToken;
  }

  private void index(
      Collection<Identity> identities,
      Map<String, Identity> byName,
      Map<String, Identity> byToken) {
    for (Identity identity : identities) {
      if (byName.put(identity.name(), identity) != null) {
        throw new InvalidDataException(
            "identities", "the name '" + identity.name() + "' appears twice");
      }
      if (byToken.put(identity.token(), identity) != null) {
        throw new InvalidDataException(
            "identities", "the token of '" + identity.name() + "' is already another identity's");
      }
      for (String slug : identity.permissions().keySet()) {
        if (!companies.containsKey(slug)) {
          throw new InvalidDataException(
              "identities." + identity.name() + ".permissions",
              "names the unknown company '" + slug + "'");
        }
      }
    }
  }

  /** The other company (than {@code slug}) that holds the project {@code id}, or null. */
  private static String holder(Map<String, ProjectTable> tables, long id, String slug) {
    for (Map.Entry<String, ProjectTable> entry : tables.entrySet()) {
      if (!entry.getKey().equals(slug) && entry.getValue().find(id).isPresent()) {
        return entry.getKey();
      }
    }
    return null;
  }

  public Collection<Company> companies() {
    return companies.values();
  }

  public Optional<Company> company(String slug) {
    return Optional.ofNullable(slug == null ? null : companies.get(slug));
  }

  /** The projects of {@code slug} in ascending id order; empty for an unknown company. */
  public List<Project> projects(String slug) {
    return table(slug).asList();
  }

  /** The projects of {@code slug} as stored, in segments; empty for an unknown company. */
  public ProjectTable table(String slug) {
    ProjectTable table = slug == null ? null : projects.get(slug);
    return table == null ? ProjectTable.of(List.of()) : table;
  }

  public Optional<Project> project(String slug, long id) {
    return table(slug).find(id);
  }

  /** The company that holds the project {@code id}, if any. */
  public Optional<String> companyOfProject(long id) {
    return Optional.ofNullable(holder(projects, id, null));
  }

  public Collection<Identity> identities() {
    return identities.values();
  }

  public Optional<Identity> identity(String name) {
    return Optional.ofNullable(identities.get(name));
  }

  /**
   * The identity of {@code token}, revoked or not: deciding what revocation means is the caller's.
   */
  public Optional<Identity> identityByToken(String token) {
    return Optional.ofNullable(token == null ? null : identitiesByToken.get(token));
  }

  /** One more than the greatest project id of all companies. */
  public long nextProjectId() {
    return projects.values().stream().mapToLong(ProjectTable::lastId).max().orElse(0) + 1;
  }

  public int projectCount() {
    return projects.values().stream().mapToInt(ProjectTable::size).sum();
  }

  /**
   * A copy with {@code project} added to {@code slug}, or replacing the one with its id. Copies one
   * segment of the company's projects, not the dataset.
   */
  public Dataset withProject(String slug, Project project) {
    return withTable(slug, requireOwnId(slug, project).with(project));
  }

  /** A copy where each project of {@code changed} replaces the one with its id in {@code slug}. */
  public Dataset withProjects(String slug, Collection<Project> changed) {
    ProjectTable table = table(slug);
    List<Project> known = new ArrayList<>();
    for (Project project : changed) {
      if (table.find(project.id()).isPresent()) {
        known.add(project);
      }
    }
    return withTable(slug, table.withAll(known));
  }

  public Dataset withoutProject(String slug, long id) {
    return withTable(slug, table(slug).without(id));
  }

  private ProjectTable requireOwnId(String slug, Project project) {
    requireCompany(slug);
    String other = holder(projects, project.id(), slug);
    if (other != null) {
      throw new InvalidDataException(
          "projects/" + slug,
          "the project id " + project.id() + " is used twice (also in " + other + ")");
    }
    return table(slug);
  }

  private void requireCompany(String slug) {
    if (!companies.containsKey(slug)) {
      throw new InvalidDataException("projects/" + slug, "no company has the slug '" + slug + "'");
    }
  }

  private Dataset withTable(String slug, ProjectTable table) {
    requireCompany(slug);
    Map<String, ProjectTable> next = new LinkedHashMap<>(projects);
    next.put(slug, table);
    return new Dataset(companies, Collections.unmodifiableMap(next), identities, identitiesByToken);
  }

  /** The companies and identities of {@code dataset}, with no project. */
  static Dataset withoutProjects(Dataset dataset) {
    Map<String, ProjectTable> empty = new LinkedHashMap<>();
    dataset.companies.keySet().forEach(slug -> empty.put(slug, ProjectTable.of(List.of())));
    return new Dataset(
        dataset.companies,
        Collections.unmodifiableMap(empty),
        dataset.identities,
        dataset.identitiesByToken);
  }

  /** A copy with {@code identity} added, or replacing the one of the same name. */
  public Dataset withIdentity(Identity identity) {
    Map<String, Identity> next = new LinkedHashMap<>(identities);
    next.put(identity.name(), identity);
    return withIdentities(next.values());
  }

  public Dataset withoutIdentity(String name) {
    Map<String, Identity> next = new LinkedHashMap<>(identities);
    next.remove(name);
    return withIdentities(next.values());
  }

  private Dataset withIdentities(Collection<Identity> list) {
    Map<String, Identity> byName = new LinkedHashMap<>();
    Map<String, Identity> byToken = new LinkedHashMap<>();
    index(list, byName, byToken);
    return new Dataset(
        companies,
        projects,
        Collections.unmodifiableMap(byName),
        Collections.unmodifiableMap(byToken));
  }
}
