package io.wethodkit.conformance.catalogue;

/** The catalogue cannot be read or does not fit the contract. */
public class CatalogueException extends RuntimeException {
  public CatalogueException(String message) {
    super(message);
  }

  public CatalogueException(String message, Throwable cause) {
    super(message, cause);
  }
}
