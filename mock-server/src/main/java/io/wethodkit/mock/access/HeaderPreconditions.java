package io.wethodkit.mock.access;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.HeaderRules;
import io.wethodkit.contract.TextForms;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.endpoint.Outcome;
import io.wethodkit.mock.endpoint.Preconditions;
import io.wethodkit.mock.endpoint.Refusal;
import io.wethodkit.mock.endpoint.RequestTarget;

/**
 * The two required headers of the contract ({@code x-header-role}): the company header must be
 * present and not blank; the version header a date of the contract's {@code date} text form among
 * the contract's {@code x-supported-versions}.
 */
public final class HeaderPreconditions implements Preconditions {

  private final HeaderRules headers;
  private final Refusal missingCompany;
  private final Refusal missingVersion;
  private final Refusal malformedVersion;
  private final Refusal unsupportedVersion;

  public HeaderPreconditions(Contract contract) {
    this(contract, contract.headers());
  }

  /** Preconditions of the contract's error answers with other header rules (e.g. more versions). */
  public HeaderPreconditions(Contract contract, HeaderRules headers) {
    this.headers = headers;
    this.missingCompany = Refusal.of(contract.error(412), Causes.MISSING_COMPANY);
    this.missingVersion = Refusal.of(contract.error(412), Causes.MISSING_VERSION);
    this.malformedVersion = Refusal.of(contract.error(412), Causes.MALFORMED_VERSION);
    this.unsupportedVersion = Refusal.of(contract.error(412), Causes.UNSUPPORTED_VERSION);
  }

  public HeaderRules headers() {
    return headers;
  }

  @Override
  public Outcome<RequestTarget> check(EndpointRequest request) {
    String company = request.header(headers.companyHeader());
    if (company == null || company.isBlank()) {
      return Outcome.refused(missingCompany);
    }
    String version = request.header(headers.versionHeader());
    if (version == null || version.isBlank()) {
      return Outcome.refused(missingVersion);
    }
    if (!isDate(version)) {
      return Outcome.refused(malformedVersion);
    }
    if (!headers.supportedVersions().contains(version)) {
      return Outcome.refused(unsupportedVersion);
    }
    return Outcome.ok(new RequestTarget(company, version));
  }

  private static boolean isDate(String text) {
    return TextForms.date(text).isPresent();
  }
}
