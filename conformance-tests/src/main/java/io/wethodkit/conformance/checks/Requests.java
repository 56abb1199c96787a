package io.wethodkit.conformance.checks;

import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.Contract;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds requests with the headers the contract names and the config's values. */
public final class Requests {

  static final String AUTHORIZATION = "Authorization";

  private final Contract contract;
  private final TargetConfig config;

  Requests(Contract contract, TargetConfig config) {
    this.contract = contract;
    this.config = config;
  }

  /** A valid request as {@code role}, with no query. */
  public TargetRequest as(Role role) {
    return withAuthorization("Bearer " + config.identity(role).token());
  }

  /** A valid request as {@code role} with {@code parameters} (values encoded). */
  public TargetRequest as(Role role, Map<String, String> parameters) {
    return as(role).withQuery(QueryString.of(parameters));
  }

  /** A valid request of another company, with the token of a user there. */
  public TargetRequest inCompany(String company, String token) {
    return withAuthorization("Bearer " + token).withHeader(companyHeader(), company);
  }

  /** The company and version headers with this {@code Authorization} value. */
  public TargetRequest withAuthorization(String authorization) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(AUTHORIZATION, authorization);
    headers.putAll(anonymous().headers());
    return TargetRequest.of(headers);
  }

  /** The company and version headers, no {@code Authorization}. */
  public TargetRequest anonymous() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(companyHeader(), config.company());
    headers.put(versionHeader(), config.version());
    return TargetRequest.of(headers);
  }

  public String companyHeader() {
    return contract.headers().companyHeader();
  }

  public String versionHeader() {
    return contract.headers().versionHeader();
  }

  public static String authorizationHeader() {
    return AUTHORIZATION;
  }
}
