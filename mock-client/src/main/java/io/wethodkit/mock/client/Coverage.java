package io.wethodkit.mock.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of the endpoint's behaviours the mock's clients have met since the coverage was last reset,
 * and which they never have: the answer of {@link AdminRouteTable.Coverage#READ}. The behaviours
 * come from the contract (each error cause, each filter and operator, each deletion value, the
 * pages, the permission scopes, metadata, CORS), each with a stable {@link Behaviour#id() id}.
 *
 * @param recording whether the mock records calls (off when started with {@code --no-coverage})
 * @param since when the coverage was last reset (or the mock started), as an ISO 8601 instant
 * @param summary how many behaviours were met, of how many
 * @param behaviours every behaviour, in the contract's order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Coverage(
    boolean recording, String since, Summary summary, List<Behaviour> behaviours) {

  public Coverage {
    behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
    summary = summary == null ? Summary.of(behaviours) : summary;
  }

  /** How many behaviours were met ({@code covered}), of {@code total}. */
  public record Summary(int covered, int total) {

    static Summary of(List<Behaviour> behaviours) {
      return new Summary(
          (int) behaviours.stream().filter(Behaviour::covered).count(), behaviours.size());
    }
  }

  /**
   * One behaviour of the endpoint.
   *
   * @param id its stable name, e.g. {@code 412.missing-version}, {@code filter.probability.gt}
   * @param family the group it belongs to, e.g. {@code 412 Precondition failed}, {@code Filters}
   * @param description what meeting it means
   * @param covered whether a call met it
   * @param calls how many calls met it
   * @param example the first call that met it; null when never met
   * @param howToMeet a request that would meet it on the mock's current data; null when covered or
   *     when no request can on the current data
   * @param cannotMeet why no request meets it on the current data (and what to change); null
   *     otherwise
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Behaviour(
      String id,
      String family,
      String description,
      boolean covered,
      long calls,
      Example example,
      Request howToMeet,
      String cannotMeet) {

    public Behaviour {
      Objects.requireNonNull(id, "id");
    }

    /** How to meet it, in one line: the ready request, or why there is none. */
    @JsonIgnore
    public String howToMeetText() {
      if (howToMeet != null) {
        return howToMeet.describe();
      }
      return cannotMeet == null ? "no ready request" : "cannot be met now: " + cannotMeet;
    }
  }

  /**
   * A call that met a behaviour: never its token, only whose it was.
   *
   * @param method {@code GET}, {@code HEAD} or {@code OPTIONS}
   * @param path the endpoint's path
   * @param query the raw query string, empty if none
   * @param identity the name of the identity its bearer token stands for; null when none did
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Example(String method, String path, String query, String identity) {

    /** E.g. {@code GET /api/projects?limit=5 as both}. */
    public String describe() {
      return method
          + " "
          + path
          + (query == null || query.isEmpty() ? "" : "?" + query)
          + (identity == null ? "" : " as " + identity);
    }
  }

  /**
   * A request that meets a behaviour on the mock's current data, checked against it. It names the
   * identity whose bearer token to send, never the token; {@code authorization} is given only when
   * the header is not an identity's token (another scheme, a token no identity holds).
   *
   * @param method {@code GET}, or {@code OPTIONS} for a CORS preflight
   * @param path the endpoint's path
   * @param query the raw query string to send as written, empty if none
   * @param identity the identity whose bearer token to send; null for none
   * @param authorization the {@code Authorization} value to send instead; null for none
   * @param headers the other headers to send (a header that must be missing is absent)
   * @param console whether the console's form can send it
   * @param note why it meets the behaviour, on the current data
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Request(
      String method,
      String path,
      String query,
      String identity,
      String authorization,
      Map<String, String> headers,
      boolean console,
      String note) {

    public Request {
      query = query == null ? "" : query;
      headers = headers == null ? Map.of() : new LinkedHashMap<>(headers);
    }

    /**
     * E.g. {@code GET /api/projects?limit=5 as both; Wethod-Company: acme; Wethod-Version:
     * 2024-06-15}.
     */
    public String describe() {
      StringBuilder out = new StringBuilder(method).append(' ').append(path);
      if (!query.isEmpty()) {
        out.append('?').append(query);
      }
      if (identity != null) {
        out.append(" as ").append(identity);
      } else if (authorization != null) {
        out.append(" with Authorization: ").append(authorization);
      } else if ("GET".equals(method)) {
        out.append(" without Authorization");
      }
      headers.forEach((name, value) -> out.append("; ").append(name).append(": ").append(value));
      return out.toString();
    }
  }

  /** The behaviour of {@code id}, if the contract defines it. */
  public Optional<Behaviour> behaviour(String id) {
    return behaviours.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** The ids of every behaviour, in order. */
  public List<String> ids() {
    return behaviours.stream().map(Behaviour::id).toList();
  }

  /** The behaviours met. */
  public List<Behaviour> covered() {
    return behaviours.stream().filter(Behaviour::covered).toList();
  }

  /** The behaviours never met. */
  public List<Behaviour> notCovered() {
    return behaviours.stream().filter(b -> !b.covered()).toList();
  }

  /** The ids of the behaviours met, in order. */
  public List<String> coveredIds() {
    return covered().stream().map(Behaviour::id).toList();
  }
}
