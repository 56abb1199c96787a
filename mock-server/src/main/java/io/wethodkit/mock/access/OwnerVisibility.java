package io.wethodkit.mock.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.VisibilityPolicy;
import io.wethodkit.mock.filter.AllRows;
import io.wethodkit.mock.store.Project;
import java.util.List;
import java.util.function.Predicate;

/**
 * Visibility by the contract's {@code x-owner-fields}: a project is the user's own when one of
 * those fields holds the user's person id; {@code own} shows those, {@code others} the rest.
 */
public final class OwnerVisibility implements VisibilityPolicy {

  private final List<String> ownerFields;

  public OwnerVisibility(Contract contract) {
    this.ownerFields = contract.access().ownerFields();
  }

  /** Whether {@code project} is owned by person {@code personId}. */
  public boolean owns(long personId, Project project) {
    for (String field : ownerFields) {
      JsonNode value = project.field(field);
      if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() == personId) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Predicate<Project> visibleTo(Grant grant) {
    boolean own = grant.visibilities().contains(Visibility.OWN);
    boolean others = grant.visibilities().contains(Visibility.OTHERS);
    long person = grant.identity().personId();
    if (own && others) {
      return AllRows.ALL;
    }
    if (own || others) {
      return new OwnedRows(this, ownerFields, person, own);
    }
    return AllRows.NONE;
  }
}
