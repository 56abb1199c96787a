package io.wethodkit.contract;

import java.util.List;

/**
 * The HTTP methods of the contract's path: those it serves (an operation with a success answer), in
 * the document's order, and the answer to any other.
 *
 * @param served the methods served, upper-case, e.g. {@code GET, HEAD, OPTIONS}
 * @param notAllowedKey the {@code key} of the {@code 405} answer's schema
 */
public record MethodRules(List<String> served, String notAllowedKey) {

  public MethodRules {
    served = List.copyOf(served);
  }

  /** The value of an {@code Allow} header: the methods served. */
  public String allow() {
    return String.join(", ", served);
  }

  public boolean serves(String method) {
    return served.contains(method);
  }
}
