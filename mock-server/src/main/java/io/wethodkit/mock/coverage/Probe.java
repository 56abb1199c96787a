package io.wethodkit.mock.coverage;

import io.wethodkit.contract.HeaderRules;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.endpoint.Authenticator;
import io.wethodkit.mock.endpoint.EndpointRequest;
import io.wethodkit.mock.store.Identity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request tried on the current data to meet some behaviours: whose token it sends (or which other
 * {@code Authorization}), the company and version headers (null: not sent), the raw query, why it
 * would meet them, and the id prefixes of the behaviours it is tried for.
 */
record Probe(
    Identity identity,
    String authorization,
    String company,
    String version,
    String query,
    String note,
    List<String> targets) {

  Probe {
    targets = List.copyOf(targets);
  }

  static Probe as(Identity identity, String company, String version, String note) {
    return new Probe(identity, null, company, version, "", note, List.of());
  }

  Probe query(String raw, String why) {
    return new Probe(identity, authorization, company, version, raw, why, targets);
  }

  Probe note(String why) {
    return new Probe(identity, authorization, company, version, query, why, targets);
  }

  Probe company(String slug) {
    return new Probe(identity, authorization, slug, version, query, note, targets);
  }

  Probe version(String value) {
    return new Probe(identity, authorization, company, value, query, note, targets);
  }

  /** The same request with another {@code Authorization} than an identity's token (or none). */
  Probe authorization(String value) {
    return new Probe(null, value, company, version, query, note, targets);
  }

  Probe identity(Identity who) {
    return new Probe(who, null, company, version, query, note, targets);
  }

  Probe targets(String... prefixes) {
    return new Probe(identity, authorization, company, version, query, note, List.of(prefixes));
  }

  /** Whether it is tried for the behaviour {@code id}. */
  boolean aimsAt(String id) {
    return targets.stream().anyMatch(id::startsWith);
  }

  /** The request as the endpoint reads it. */
  EndpointRequest request(HeaderRules headers) {
    Map<String, String> sent = new LinkedHashMap<>();
    String credentials = identity != null ? "Bearer " + identity.token() : authorization;
    if (credentials != null) {
      sent.put(Authenticator.HEADER, credentials);
    }
    if (company != null) {
      sent.put(headers.companyHeader(), company);
    }
    if (version != null) {
      sent.put(headers.versionHeader(), version);
    }
    return EndpointRequest.of(query, sent);
  }

  /** The request as the coverage shows it: the identity's name, never its token. */
  Coverage.Request ready(String path, HeaderRules headers) {
    Map<String, String> sent = new LinkedHashMap<>();
    if (company != null) {
      sent.put(headers.companyHeader(), company);
    }
    if (version != null) {
      sent.put(headers.versionHeader(), version);
    }
    return new Coverage.Request(
        "GET",
        path,
        query,
        identity == null ? null : identity.name(),
        identity == null ? authorization : null,
        sent,
        true,
        note);
  }
}
