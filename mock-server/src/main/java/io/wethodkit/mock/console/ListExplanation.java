package io.wethodkit.mock.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FilterCriterion;
import io.wethodkit.contract.semantics.ListQuery;
import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.Selection;
import io.wethodkit.mock.endpoint.Selection.ProjectReasons;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.Project;
import java.util.List;

/**
 * Why each project of the company is or is not in a 200 answer, in words, read from the selection
 * the endpoint served the page from (its own parts' verdicts, replaced parts included).
 */
final class ListExplanation {

  private final Semantics semantics;
  private final Contract contract;

  ListExplanation(Semantics semantics) {
    this.semantics = semantics;
    this.contract = semantics.contract();
  }

  ObjectNode write(Selection selection) {
    Grant grant = selection.grant();
    ListQuery query = selection.query();
    Selection.Reasons reasons = selection.reasons();

    ObjectNode out = Json.object();
    out.put("status", 200);
    out.put("identity", grant.identity().name());
    out.put("personId", grant.identity().personId());
    out.put("company", grant.company().slug());
    ArrayNode sees = out.putArray("sees");
    grant.visibilities().stream().map(Visibility::contractName).sorted().forEach(sees::add);
    out.put("selected", reasons.selected());
    out.put("listed", selection.page().size());
    out.put("offset", query.offset());
    out.put("limit", query.limit());
    ArrayNode projects = out.putArray("projects");
    for (ProjectReasons why : reasons.projects()) {
      Project project = why.project();
      JsonNode json = project.json();
      boolean owner = semantics.owns(json, grant.identity().personId());
      ObjectNode row = projects.addObject();
      row.put("id", project.id());
      row.set("name", json.hasNonNull("name") ? json.get("name") : NullNode.getInstance());
      row.put("deleted", semantics.isDeleted(json));
      row.put("owner", owner);
      row.put("listed", why.listed());
      ArrayNode list = row.putArray("reasons");
      list.add(scope(owner, grant, why.visible()));
      list.add(deletionReason(json, query, why.keptByDeletion()));
      List<FilterCriterion> criteria = query.criteria();
      for (int i = 0; i < criteria.size(); i++) {
        list.add(filterReason(json, criteria.get(i), why.filters().get(i)));
      }
      list.add(pageReason(why, reasons.selected(), query));
    }
    return out;
  }

  private String scope(boolean own, Grant grant, boolean visible) {
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

  private String deletionReason(JsonNode project, ListQuery query, boolean kept) {
    String field = contract.deletionFilter().field();
    String status =
        semantics.isDeleted(project)
            ? "Deletion: soft-deleted (" + field + " " + project.get(field).asText() + ")"
            : "Deletion: active";
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

  private static String filterReason(JsonNode project, FilterCriterion criterion, boolean passes) {
    String field = criterion.definition().field();
    JsonNode value = project.get(field);
    String held = value == null || value.isNull() ? "null" : value.asText();
    return "Filter "
        + criterion.definition().parameter()
        + "="
        + criterion.operator().format(String.valueOf(criterion.value()))
        + (passes ? ": passes" : ": excluded")
        + " ("
        + field
        + " is "
        + held
        + ").";
  }

  private static String pageReason(ProjectReasons why, int selected, ListQuery query) {
    if (why.selectedAt() < 0) {
      return "Page: not selected.";
    }
    String position =
        "Page: selected as item " + why.selectedAt() + " of " + selected + " (from 0)";
    if (why.listed()) {
      return position + ", on this page as its item " + why.listedAt() + ".";
    }
    return position
        + ", outside this page (offset "
        + query.offset()
        + ", limit "
        + query.limit()
        + ").";
  }
}
