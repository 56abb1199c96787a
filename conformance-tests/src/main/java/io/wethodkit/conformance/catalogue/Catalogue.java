package io.wethodkit.conformance.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wethodkit.contract.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The requirements catalogue expanded for one contract: every behaviour the suite checks, in report
 * order.
 */
public final class Catalogue {

  /** Where the catalogue lies on the classpath. */
  public static final String RESOURCE = "io/wethodkit/conformance/requirements.yaml";

  private final List<Area> areas;
  private final List<Requirement> requirements;
  private final Map<String, Requirement> byId;

  private Catalogue(List<Area> areas, List<Requirement> requirements) {
    this.areas = List.copyOf(areas);
    this.requirements = List.copyOf(requirements);
    Map<String, Requirement> index = new LinkedHashMap<>();
    for (Requirement requirement : requirements) {
      if (index.put(requirement.id(), requirement) != null) {
        throw new CatalogueException("the catalogue yields the id " + requirement.id() + " twice");
      }
    }
    this.byId = index;
  }

  /** The bundled catalogue, expanded for {@code contract}. */
  public static Catalogue load(Contract contract) {
    try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CatalogueException("the catalogue " + RESOURCE + " is missing");
      }
      return parse(in.readAllBytes(), contract);
    } catch (IOException e) {
      throw new CatalogueException("cannot read the catalogue: " + e.getMessage(), e);
    }
  }

  /** A catalogue read from YAML text, expanded for {@code contract}. */
  public static Catalogue parse(byte[] yaml, Contract contract) {
    CatalogueFile file;
    try {
      file =
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .readValue(yaml, CatalogueFile.class);
    } catch (IOException e) {
      throw new CatalogueException("the catalogue is not valid: " + e.getMessage(), e);
    }
    Set<String> areaIds = new LinkedHashSet<>();
    file.areas().forEach(area -> areaIds.add(area.id()));
    TemplateExpander expander = new TemplateExpander(contract);
    List<Requirement> requirements = new ArrayList<>();
    for (CatalogueEntry entry : file.requirements()) {
      if (!areaIds.contains(entry.area())) {
        throw new CatalogueException(entry.id() + " names an unknown area '" + entry.area() + "'");
      }
      requirements.addAll(expander.expand(entry));
    }
    // Report order: by area; within an area, generated requirements grouped by parameter in the
    // contract's order, then the others, each as written.
    List<String> parameterOrder =
        ContractParameters.of(contract).stream().map(GrammarParameter::name).toList();
    Comparator<Requirement> byParameter =
        Comparator.comparingInt(
            r ->
                r.binding("parameter")
                    .map(parameterOrder::indexOf)
                    .filter(index -> index >= 0)
                    .orElse(Integer.MAX_VALUE));
    List<Requirement> ordered = new ArrayList<>();
    for (String area : areaIds) {
      requirements.stream()
          .filter(r -> r.area().equals(area))
          .sorted(byParameter)
          .forEach(ordered::add);
    }
    return new Catalogue(file.areas(), ordered);
  }

  public List<Area> areas() {
    return areas;
  }

  public List<Requirement> requirements() {
    return requirements;
  }

  public List<Requirement> inArea(String area) {
    return requirements.stream().filter(r -> r.area().equals(area)).toList();
  }

  public Optional<Requirement> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Set<String> ids() {
    return byId.keySet();
  }

  public int size() {
    return requirements.size();
  }
}
