package io.wethodkit.mock.access;

import io.wethodkit.contract.semantics.Semantics;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.VisibilityPolicy;
import io.wethodkit.mock.filter.AllRows;
import io.wethodkit.mock.store.Project;
import java.util.List;
import java.util.function.Predicate;

/**
 * Visibility by the contract's {@code x-owner-fields}: a project is the user's own when one of
 * those fields holds the user's person id; what each permission scope shows is the semantics'.
 */
public final class OwnerVisibility implements VisibilityPolicy {

  private final Semantics semantics;
  private final List<String> ownerFields;

  public OwnerVisibility(Semantics semantics) {
    this.semantics = semantics;
    this.ownerFields = semantics.contract().access().ownerFields();
  }

  /** Whether {@code project} is owned by person {@code personId}. */
  public boolean owns(long personId, Project project) {
    return semantics.owns(project.json(), personId);
  }

  @Override
  public Predicate<Project> visibleTo(Grant grant) {
    boolean own = semantics.shows(grant.visibilities(), true);
    boolean others = semantics.shows(grant.visibilities(), false);
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
