package io.wethodkit.mock.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.testing.ContractCopies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The behaviours are the contract's: read here from the raw document, apart from the model the mock
 * reads it through, they are exactly the catalog's; a filter added to a copy of the contract adds
 * its operators.
 */
class BehavioursTest {

  /** The behaviour ids the contract's document defines, read from its JSON tree. */
  private static Set<String> idsOfTheDocument(Contract contract) {
    JsonNode document = contract.document();
    JsonNode get = document.path("paths").path(contract.path()).path("get");
    Set<String> ids = new HashSet<>();
    ids.add("200");
    get.path("responses")
        .fields()
        .forEachRemaining(
            response ->
                response
                    .getValue()
                    .path("x-error-causes")
                    .fieldNames()
                    .forEachRemaining(cause -> ids.add(response.getKey() + "." + cause)));
    List<JsonNode> parameters = new ArrayList<>();
    for (JsonNode parameter : get.path("parameters")) {
      String ref = parameter.path("$ref").asText("");
      parameters.add(ref.isEmpty() ? parameter : document.at(ref.substring(1).replace("~1", "/")));
    }
    boolean dateTime = false;
    for (JsonNode parameter : parameters) {
      if (!parameter.path("in").asText().equals("query")) {
        continue;
      }
      String name = parameter.path("name").asText();
      ids.add("400." + name);
      JsonNode filter = parameter.path("x-filter");
      for (JsonNode operator : filter.path("operators")) {
        ids.add("filter." + name + "." + operator.asText());
      }
      dateTime |= filter.path("type").asText().equals("date-time");
      parameter
          .path("x-deletion-filter")
          .path("values")
          .fieldNames()
          .forEachRemaining(value -> ids.add("deleted." + value));
      if (parameter.path("x-pagination").path("role").asText().equals("limit")) {
        ids.add("page.default-limit");
        if (parameter.path("schema").has("maximum")) {
          ids.add("page.max-limit");
        }
      }
      if (parameter.path("x-pagination").path("role").asText().equals("offset")) {
        ids.addAll(List.of("page.later", "page.last-short", "page.past-end"));
      }
    }
    ids.addAll(List.of("400.kind.repeated", "400.kind.empty", "400.kind.undecodable"));
    if (dateTime) {
      ids.add("400.kind.plus-as-space");
    }
    Set<String> scopes = new HashSet<>();
    get.path("x-required-permissions")
        .forEach(permission -> scopes.add(permission.path("sees").asText()));
    scopes.forEach(sees -> ids.add("scope." + sees));
    if (scopes.size() > 1) {
      ids.add("scope.both");
    }
    ids.add("metadata.present");
    ids.add("cors.preflight");
    return ids;
  }

  private static List<String> ids(Behaviours behaviours) {
    return behaviours.all().stream().map(Behaviour::id).toList();
  }

  @Test
  void theBundledContractsBehavioursAreThoseItsDocumentDefines() {
    Contract contract = Contract.bundled();
    List<String> ids = ids(Behaviours.of(contract));

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(idsOfTheDocument(contract));
    assertThat(ids)
        .contains(
            "412.missing-version",
            "403.no-company-access",
            "filter.probability.gt",
            "deleted.only",
            "page.last-short");
  }

  @Test
  void aFilterAddedToACopyOfTheContractAddsItsOperatorsAndItsFailure() {
    Contract bundled = Contract.bundled();
    Contract copy = ContractCopies.withDurationFilter();

    List<String> added = new ArrayList<>(ids(Behaviours.of(copy)));
    added.removeAll(ids(Behaviours.of(bundled)));

    assertThat(added)
        .containsExactlyInAnyOrder(
            "400.duration", "filter.duration.eq", "filter.duration.gt", "filter.duration.lt");
    assertThat(ids(Behaviours.of(copy)))
        .containsExactlyInAnyOrderElementsOf(idsOfTheDocument(copy));
  }

  @Test
  void eachBehaviourSaysWhatItIsAndWhereItBelongs() {
    Contract contract = Contract.bundled();
    for (Behaviour behaviour : Behaviours.of(contract).all()) {
      assertThat(behaviour.description()).as(behaviour.id()).isNotBlank();
      assertThat(behaviour.family()).as(behaviour.id()).isNotBlank();
    }
    Behaviours behaviours = Behaviours.of(contract);
    assertThat(behaviours.byId("412.missing-version").orElseThrow().description())
        .as("the contract's message of the cause")
        .isEqualTo(contract.error(412).messageFor("missing-version"));
    assertThat(behaviours.byId("412.missing-version").orElseThrow().family())
        .isEqualTo("412 Precondition failed");
  }
}
