package io.wethodkit.mock.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
  private final Map<String, List<Project>> projects;
  private final Map<Long, String> companyOfProject;
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
    Map<String, List<Project>> projectMap = new LinkedHashMap<>();
    Map<Long, String> owners = new HashMap<>();
    for (Company company : companyMap.values()) {
      projectMap.put(company.slug(), List.of());
    }
    projects.forEach(
        (slug, list) -> {
          if (!companyMap.containsKey(slug)) {
            throw new InvalidDataException(
                "projects/" + slug, "no company has the slug '" + slug + "'");
          }
          List<Project> sorted = new ArrayList<>(list);
          sorted.sort(Comparator.comparingLong(Project::id));
          for (Project project : sorted) {
            String previous = owners.put(project.id(), slug);
            if (previous != null) {
              throw new InvalidDataException(
                  "projects/" + slug,
                  "the project id " + project.id() + " is used twice (also in " + previous + ")");
            }
          }
          projectMap.put(slug, List.copyOf(sorted));
        });
    Map<String, Identity> byName = new LinkedHashMap<>();
    Map<String, Identity> byToken = new HashMap<>();
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
        if (!companyMap.containsKey(slug)) {
          throw new InvalidDataException(
              "identities." + identity.name() + ".permissions",
              "names the unknown company '" + slug + "'");
        }
      }
    }
    this.companies = Collections.unmodifiableMap(companyMap);
    this.projects = Collections.unmodifiableMap(projectMap);
    this.companyOfProject = Collections.unmodifiableMap(owners);
    this.identities = Collections.unmodifiableMap(byName);
    this.identitiesByToken = Collections.unmodifiableMap(byToken);
  }

  public Collection<Company> companies() {
    return companies.values();
  }

  public Optional<Company> company(String slug) {
    return Optional.ofNullable(slug == null ? null : companies.get(slug));
  }

  /** The projects of {@code slug} in ascending id order; empty for an unknown company. */
  public List<Project> projects(String slug) {
    return projects.getOrDefault(slug, List.of());
  }

  public Optional<Project> project(String slug, long id) {
    return Optional.ofNullable(slug.equals(companyOfProject.get(id)) ? find(slug, id) : null);
  }

  private Project find(String slug, long id) {
    for (Project project : projects(slug)) {
      if (project.id() == id) {
        return project;
      }
    }
    return null;
  }

  /** The company that holds the project {@code id}, if any. */
  public Optional<String> companyOfProject(long id) {
    return Optional.ofNullable(companyOfProject.get(id));
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
    return companyOfProject.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
  }

  public int projectCount() {
    return companyOfProject.size();
  }

  /** A copy with {@code project} added to {@code slug}, or replacing the one with its id. */
  public Dataset withProject(String slug, Project project) {
    Map<String, List<Project>> next = new LinkedHashMap<>(projects);
    List<Project> list = new ArrayList<>(projects(slug));
    list.removeIf(p -> p.id() == project.id());
    list.add(project);
    next.put(slug, list);
    return new Dataset(companies.values(), next, identities.values());
  }

  /** A copy where each project of {@code changed} replaces the one with its id in {@code slug}. */
  public Dataset withProjects(String slug, Collection<Project> changed) {
    Map<Long, Project> byId = new LinkedHashMap<>();
    for (Project project : changed) {
      byId.put(project.id(), project);
    }
    List<Project> list = new ArrayList<>();
    for (Project project : projects(slug)) {
      list.add(byId.getOrDefault(project.id(), project));
    }
    Map<String, List<Project>> next = new LinkedHashMap<>(projects);
    next.put(slug, list);
    return new Dataset(companies.values(), next, identities.values());
  }

  public Dataset withoutProject(String slug, long id) {
    Map<String, List<Project>> next = new LinkedHashMap<>(projects);
    List<Project> list = new ArrayList<>(projects(slug));
    list.removeIf(p -> p.id() == id);
    next.put(slug, list);
    return new Dataset(companies.values(), next, identities.values());
  }

  /** A copy with {@code identity} added, or replacing the one of the same name. */
  public Dataset withIdentity(Identity identity) {
    Map<String, Identity> next = new LinkedHashMap<>(identities);
    next.put(identity.name(), identity);
    return new Dataset(companies.values(), projects, next.values());
  }

  public Dataset withoutIdentity(String name) {
    Map<String, Identity> next = new LinkedHashMap<>(identities);
    next.remove(name);
    return new Dataset(companies.values(), projects, next.values());
  }
}
