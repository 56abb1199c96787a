package io.wethodkit.mock.guard;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.ContractException;
import io.wethodkit.mock.http.ContractMedia;
import jakarta.servlet.Filter;

/**
 * The {@link WebAccess} of one server, applied by two servlet filters: one in front of the admin
 * context ({@code /__admin/*}: the mock's routes, the console's and WireMock's own) and one in
 * front of everything else (the console's page, the API and the user's stubs). Both run before any
 * other filter, WireMock's CORS filter included, so that no refused request reaches WireMock.
 */
public final class WebGuard {

  private final WebAccess access;
  private volatile ApiFacts api = ApiFacts.UNKNOWN;
  private volatile PreflightListener preflights = PreflightListener.NONE;

  public WebGuard(WebAccess access) {
    this.access = access;
  }

  /**
   * Reads what the API's CORS answers and refusals take from the contract. Apart from the
   * constructor so that the server can be built while the contract loads.
   */
  public void attach(Contract contract) {
    this.api = ApiFacts.of(contract);
  }

  /** Tells {@code listener} of each CORS preflight of the endpoint granted from now on. */
  public void onPreflight(PreflightListener listener) {
    this.preflights = java.util.Objects.requireNonNull(listener);
  }

  PreflightListener preflights() {
    return preflights;
  }

  /** The filter of the admin context. */
  public Filter adminFilter() {
    return new WebAccessFilter(this, WebAccessFilter.Zone.ADMIN);
  }

  /** The filter of the other context: the console's page, the API, the user's stubs. */
  public Filter serviceFilter() {
    return new WebAccessFilter(this, WebAccessFilter.Zone.SERVICE);
  }

  public WebAccess access() {
    return access;
  }

  ApiFacts api() {
    return api;
  }

  /**
   * What the contract says that the API's CORS answers and refusals use: its path, the methods a
   * page may call it with (those it serves, but OPTIONS, which is the preflight itself), the
   * headers a page may send and read, the key and media type of its 403.
   */
  record ApiFacts(
      String path,
      String methods,
      String requestHeaders,
      String responseHeaders,
      String refusalKey,
      String media) {

    static final ApiFacts UNKNOWN =
        new ApiFacts(null, "GET", "", "", "forbidden", "application/json");

    static ApiFacts of(Contract contract) {
      ContractHeaders headers = ContractHeaders.of(contract);
      String key;
      try {
        key = contract.error(403).key();
      } catch (ContractException noForbiddenAnswer) {
        key = UNKNOWN.refusalKey();
      }
      return new ApiFacts(
          contract.path(),
          String.join(
              ", ",
              contract.methods().served().stream().filter(m -> !m.equals("OPTIONS")).toList()),
          String.join(", ", headers.request()),
          String.join(", ", headers.response()),
          key,
          ContractMedia.mediaType(contract));
    }
  }
}
