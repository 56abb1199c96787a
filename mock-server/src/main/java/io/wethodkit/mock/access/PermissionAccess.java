package io.wethodkit.mock.access;

import io.wethodkit.contract.AccessRules;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.mock.endpoint.CompanyAccess;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.RequestTarget;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Company access by the contract's {@code x-required-permissions}: an unknown company and a company
 * the user has no entry for get the same 403 (tenants cannot be enumerated); a member holding none
 * of the contract's permissions gets the other 403.
 */
public final class PermissionAccess implements CompanyAccess {

  private final AccessRules rules;
  private final Refusal noCompanyAccess;
  private final Refusal noPermission;

  public PermissionAccess(Contract contract) {
    this.rules = contract.access();
    this.noCompanyAccess = Refusal.of(contract.error(403), Causes.NO_COMPANY_ACCESS);
    this.noPermission = Refusal.of(contract.error(403), Causes.NO_PERMISSION);
  }

  @Override
  public Outcome<Grant> grant(Identity identity, RequestTarget target, Dataset data) {
    Optional<Company> company = data.company(target.company());
    Optional<Set<String>> permissions = identity.permissionsIn(target.company());
    if (company.isEmpty() || permissions.isEmpty()) {
      return Outcome.refused(noCompanyAccess);
    }
    Set<Visibility> visibilities = EnumSet.noneOf(Visibility.class);
    for (String permission : permissions.get()) {
      Visibility visibility = rules.permissions().get(permission);
      if (visibility != null) {
        visibilities.add(visibility);
      }
    }
    if (visibilities.isEmpty()) {
      return Outcome.refused(noPermission);
    }
    return Outcome.ok(new Grant(identity, company.get(), visibilities));
  }
}
