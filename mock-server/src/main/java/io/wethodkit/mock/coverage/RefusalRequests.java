package io.wethodkit.mock.coverage;

import io.wethodkit.mock.access.Causes;
import io.wethodkit.mock.client.AdminRouteTable;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Identity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A request for each cause of the error answers that list causes (401, 403, 412): without or with
 * another {@code Authorization}, a revoked or unknown token, a missing or wrong header, a company
 * without access, a member without permission.
 */
final class RefusalRequests extends RequestFinder {

  RefusalRequests(ProbeSearch search) {
    super(search);
  }

  @Override
  void find() {
    refusals();
  }

  private void refusals() {
    String[] statuses =
        contract.errorAnswers().stream()
            .filter(error -> !error.causes().isEmpty())
            .map(error -> error.status() + ".")
            .toArray(String[]::new);
    if (Set.of(statuses).stream().noneMatch(this::wants)) {
      return;
    }
    String company =
        !pairs.isEmpty()
            ? pairs.get(0).company()
            : data.companies().stream().map(Company::slug).findFirst().orElse("company");
    Identity someone =
        !pairs.isEmpty() ? pairs.get(0).identity() : active.stream().findFirst().orElse(null);
    Probe anonymous = new Probe(null, null, company, version, "", "", List.of()).targets(statuses);
    tryProbe(anonymous.note("No Authorization header."));
    tryProbe(
        anonymous
            .authorization(
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("mock:mock".getBytes(StandardCharsets.UTF_8)))
            .note("The Authorization header uses the Basic scheme, not Bearer."));
    for (Identity revoked : data.identities()) {
      if (revoked.revoked()) {
        tryProbe(
            anonymous.identity(revoked).note("The token of " + revoked.name() + " is revoked."));
      }
    }
    tryProbe(
        anonymous
            .authorization("Bearer " + unknownToken())
            .note("A bearer token that no identity holds."));
    if (someone == null) {
      reason(
          "412.",
          "No identity has a valid token: a 412 is answered only once a call is authenticated.");
      reason(
          "403.",
          "No identity has a valid token: a 403 is answered only once a call is authenticated.");
      return;
    }
    Probe known = anonymous.identity(someone);
    String companyHeader = headers.companyHeader();
    String versionHeader = headers.versionHeader();
    tryProbe(known.company(null).note("No " + companyHeader + " header."));
    tryProbe(known.version(null).note("No " + versionHeader + " header."));
    if (version != null) {
      tryProbe(
          known
              .version(version.replace("-", ""))
              .note(versionHeader + " is not a date of the form YYYY-MM-DD."));
    }
    tryProbe(
        known
            .version(unsupportedVersion())
            .note(versionHeader + " names a version the contract does not list."));
    for (Identity identity : active) {
      for (Company other : data.companies()) {
        if (identity.permissionsIn(other.slug()).isEmpty()) {
          tryProbe(
              known
                  .identity(identity)
                  .company(other.slug())
                  .note(identity.name() + " has no access to " + other.slug() + "."));
          break;
        }
      }
    }
    tryProbe(
        known
            .company(unknownCompany())
            .note("No company has this slug (answered as one without access)."));
    for (Identity identity : active) {
      for (String slug : identity.permissions().keySet()) {
        boolean granted =
            pairs.stream().anyMatch(p -> p.identity().equals(identity) && p.company().equals(slug));
        if (!granted && data.company(slug).isPresent()) {
          tryProbe(
              known
                  .identity(identity)
                  .company(slug)
                  .note(
                      identity.name()
                          + " is a member of "
                          + slug
                          + " without "
                          + String.join(" or ", contract.access().permissions().keySet())
                          + "."));
        }
      }
    }
    reason(
        "403." + Causes.NO_PERMISSION,
        "No identity is a member of a company without a permission: give one an empty list of"
            + " permissions in a company ("
            + route(AdminRouteTable.Permissions.SET)
            + " with [])");
  }

  private String unknownToken() {
    String token = "unknown-token";
    for (int n = 2; data.identityByToken(token).isPresent(); n++) {
      token = "unknown-token-" + n;
    }
    return token;
  }

  private String unknownCompany() {
    String slug = "no-such-company";
    for (int n = 2; data.company(slug).isPresent(); n++) {
      slug = "no-such-company-" + n;
    }
    return slug;
  }

  private String unsupportedVersion() {
    int year = 1999;
    while (headers.supportedVersions().contains(year + "-01-01")) {
      year--;
    }
    return year + "-01-01";
  }
}
