package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.mock.endpoint.EndpointParts;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Why each project of the company is or is not in a 200 answer, decided by the endpoint's own parts
 * (visibility, deletion scope, each filter, selection, page), so it explains what the emulation
 * did, replaced parts included.
 */
final class ListExplanation {

  private final Contract contract;
  private final EndpointParts parts;

  ListExplanation(Contract contract, EndpointParts parts) {
    this.contract = contract;
    this.parts = parts;
  }

  ObjectNode write(Grant grant, ListQuery query, List<Project> companyProjects) {
    Predicate<Project> visible = parts.visibility().visibleTo(grant);
    Predicate<Project> deletion = parts.predicates().deletion(query.deletion());
    Map<FilterCriterion, Predicate<Project>> filters = new LinkedHashMap<>();
    Predicate<Project> keep = visible.and(deletion);
    for (FilterCriterion criterion : query.criteria()) {
      Predicate<Project> predicate = parts.predicates().criterion(criterion);
      filters.put(criterion, predicate);
      keep = keep.and(predicate);
    }
    List<Project> selected = parts.selector().select(companyProjects, keep);
    List<Project> page = parts.paginator().page(selected, query);
    Map<Long, Integer> selectedAt = positions(selected);
    Map<Long, Integer> pageAt = positions(page);

    ObjectNode out = Json.object();
    out.put("status", 200);
    out.put("identity", grant.identity().name());
    out.put("personId", grant.identity().personId());
    out.put("company", grant.company().slug());
    ArrayNode sees = out.putArray("sees");
    grant.visibilities().stream().map(Visibility::contractName).sorted().forEach(sees::add);
    out.put("selected", selected.size());
    out.put("listed", page.size());
    out.put("offset", query.offset());
    out.put("limit", query.limit());
    ArrayNode projects = out.putArray("projects");
    for (Project project : companyProjects) {
      ObjectNode row = projects.addObject();
      row.put("id", project.id());
      row.set("name", project.field("name"));
      row.put("deleted", !project.isNull(contract.deletionFilter().field()));
      row.put("owner", owner(project, grant));
      Integer listedAt = pageAt.get(project.id());
      row.put("listed", listedAt != null);
      ArrayNode reasons = row.putArray("reasons");
      reasons.add(scope(project, grant, visible.test(project)));
      reasons.add(deletionReason(project, query, deletion.test(project)));
      filters.forEach(
          (criterion, predicate) -> reasons.add(filterReason(project, criterion, predicate)));
      reasons.add(pageReason(selectedAt.get(project.id()), listedAt, selected.size(), query));
    }
    return out;
  }

  private static Map<Long, Integer> positions(List<Project> projects) {
    Map<Long, Integer> at = new HashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      at.putIfAbsent(projects.get(i).id(), i);
    }
    return at;
  }

  private boolean owner(Project project, Grant grant) {
    for (String field : contract.access().ownerFields()) {
      JsonNode value = project.field(field);
      if (value != null
          && value.canConvertToLong()
          && value.asLong() == grant.identity().personId()) {
        return true;
      }
    }
    return false;
  }

  private String scope(Project project, Grant grant, boolean visible) {
    boolean own = owner(project, grant);
    Visibility needed = own ? Visibility.OWN : Visibility.OTHERS;
    String fields = String.join(" or ", contract.access().ownerFields());
    String whose =
        own
            ? "Scope: its own project ("
                + fields
                + " is person "
                + grant.identity().personId()
                + ")"
            : "Scope: not its own (no "
                + fields
                + " is person "
                + grant.identity().personId()
                + ")";
    String permission = contract.access().permissionFor(needed);
    return whose
        + (visible ? "; shown by " + permission + "." : "; hidden: needs " + permission + ".");
  }

  private String deletionReason(Project project, ListQuery query, boolean kept) {
    String field = contract.deletionFilter().field();
    String status =
        project.isNull(field)
            ? "Deletion: active"
            : "Deletion: soft-deleted (" + field + " " + project.field(field).asText() + ")";
    String value = contract.deletionFilter().valueFor(query.deletion());
    String parameter = contract.deletionFilter().parameter();
    return status
        + (kept ? "; kept by " : "; excluded by ")
        + parameter
        + "="
        + value
        + " (keeps "
        + query.deletion().contractName()
        + ").";
  }

  private static String filterReason(
      Project project, FilterCriterion criterion, Predicate<Project> predicate) {
    String field = criterion.definition().field();
    JsonNode value = project.field(field);
    String held = value == null || value.isNull() ? "null" : value.asText();
    return "Filter "
        + criterion.definition().parameter()
        + "="
        + criterion.operator().format(String.valueOf(criterion.value()))
        + (predicate.test(project) ? ": passes" : ": excluded")
        + " ("
        + field
        + " is "
        + held
        + ").";
  }

  private static String pageReason(
      Integer selectedAt, Integer listedAt, int selected, ListQuery query) {
    if (selectedAt == null) {
      return "Page: not selected.";
    }
    String position = "Page: selected as item " + selectedAt + " of " + selected + " (from 0)";
    if (listedAt != null) {
      return position + ", on this page as its item " + listedAt + ".";
    }
    return position
        + ", outside this page (offset "
        + query.offset()
        + ", limit "
        + query.limit()
        + ").";
  }
}
