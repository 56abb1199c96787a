package io.wethodkit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.conformance.config.IdentityConfig;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.AccessRules;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target's whole list as a mock dataset: the config's company holding those projects, the
 * foreign company holding none and accessible to nobody, and one mock {@link Identity} per
 * configured identity ({@link IdentityConfig}) with the permissions its profile stands for (plus
 * the revoked token, revoked).
 */
final class MirrorDataset {

  private MirrorDataset() {}

  static Dataset of(Contract contract, TargetConfig config, List<JsonNode> items) {
    List<Company> companies = new ArrayList<>();
    companies.add(new Company(config.company(), config.company(), List.of()));
    config
        .foreignCompany()
        .filter(slug -> !slug.equals(config.company()))
        .ifPresent(slug -> companies.add(new Company(slug, slug, List.of())));
    List<Project> projects = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (JsonNode item : items) {
      JsonNode id = item.get(Project.ID);
      // Items without a usable id, or seen twice, cannot be mirrored; the comparison shows them.
      if (item.isObject()
          && id != null
          && id.canConvertToExactIntegral()
          && id.canConvertToLong()
          && seen.add(id.asLong())) {
        projects.add(Project.of((ObjectNode) item));
      }
    }
    return new Dataset(companies, Map.of(config.company(), projects), identities(contract, config));
  }

  private static List<Identity> identities(Contract contract, TargetConfig config) {
    AccessRules access = contract.access();
    List<Identity> identities = new ArrayList<>();
    Set<String> tokens = new HashSet<>();
    long largestPerson = 0;
    for (Role role : Role.values()) {
      IdentityConfig configured = config.identity(role);
      largestPerson = Math.max(largestPerson, configured.personId());
      if (tokens.add(configured.token())) {
        identities.add(
            new Identity(
                role.configName(),
                "",
                configured.token(),
                configured.personId(),
                false,
                Map.of(config.company(), permissions(access, role))));
      }
    }
    long revokedPerson = largestPerson + 1;
    config
        .revokedToken()
        .filter(tokens::add)
        .ifPresent(
            token ->
                identities.add(
                    new Identity(
                        "revoked",
                        "",
                        token,
                        revokedPerson,
                        true,
                        Map.of(config.company(), permissions(access, Role.BOTH)))));
    return identities;
  }

  /** The permissions a profile stands for, named as the contract names them. */
  static Set<String> permissions(AccessRules access, Role role) {
    Set<String> granted = new LinkedHashSet<>();
    if (role == Role.VIEW || role == Role.BOTH) {
      granted.add(access.permissionFor(Visibility.OWN));
    }
    if (role == Role.VIEW_OTHER || role == Role.BOTH) {
      granted.add(access.permissionFor(Visibility.OTHERS));
    }
    return granted;
  }
}
