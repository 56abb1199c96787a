package io.wethodkit.contract;

import java.util.List;

/**
 * The request headers that name the company and the API version ({@code x-header-role}), and the
 * versions served ({@code x-supported-versions}).
 */
public record HeaderRules(
    String companyHeader, String versionHeader, List<String> supportedVersions) {

  public HeaderRules {
    supportedVersions = List.copyOf(supportedVersions);
  }
}
