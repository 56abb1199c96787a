package io.wethodkit.drift;

import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.HeaderRules;
import java.util.ArrayList;
import java.util.List;

/**
 * One header change per cause of the contract's 412 and 403 answers that a header provokes: the
 * company or version header left out or blank, a version that is not a date or not served, and a
 * company the identities may not access (the config's foreign one) or that does not exist.
 */
final class HeaderChanges {

  static final String MISSING_COMPANY = "missing-company";
  static final String MISSING_VERSION = "missing-version";
  static final String MALFORMED_VERSION = "malformed-version";
  static final String UNSUPPORTED_VERSION = "unsupported-version";
  static final String NO_COMPANY_ACCESS = "no-company-access";

  /** The two forms of {@link #NO_COMPANY_ACCESS}, told apart in reports. */
  static final String FOREIGN_COMPANY = NO_COMPANY_ACCESS + ": foreign company";

  static final String UNKNOWN_COMPANY = NO_COMPANY_ACCESS + ": unknown company";

  private final List<HeaderChange> all = new ArrayList<>();

  HeaderChanges(Contract contract, TargetConfig config, long seed) {
    HeaderRules headers = contract.headers();
    String company = headers.companyHeader();
    String version = headers.versionHeader();
    for (String cause : contract.error(412).causes().keySet()) {
      switch (cause) {
        case MISSING_COMPANY -> {
          all.add(new HeaderChange(cause, company, null, 412));
          all.add(new HeaderChange(cause, company, "", 412));
        }
        case MISSING_VERSION -> all.add(new HeaderChange(cause, version, null, 412));
        case MALFORMED_VERSION -> {
          all.add(new HeaderChange(cause, version, "2024-13-45", 412));
          all.add(new HeaderChange(cause, version, "latest", 412));
        }
        case UNSUPPORTED_VERSION ->
            all.add(new HeaderChange(cause, version, unserved(headers, config), 412));
        default -> {
          // Not provoked by a header.
        }
      }
    }
    if (contract.error(403).causes().containsKey(NO_COMPANY_ACCESS)) {
      config
          .foreignCompany()
          .ifPresent(slug -> all.add(new HeaderChange(FOREIGN_COMPANY, company, slug, 403)));
      all.add(
          new HeaderChange(
              UNKNOWN_COMPANY, company, "drift-unknown-" + Long.toHexString(seed), 403));
    }
  }

  /** A real date that is neither a version the contract lists nor the config's. */
  private static String unserved(HeaderRules headers, TargetConfig config) {
    for (int year = 1999; ; year--) {
      String candidate = year + "-01-01";
      if (!headers.supportedVersions().contains(candidate) && !candidate.equals(config.version())) {
        return candidate;
      }
    }
  }

  List<HeaderChange> all() {
    return all;
  }
}
