package io.wethodkit.contract;

/** The contract document cannot be read, or says something this kit cannot act on. */
public class ContractException extends RuntimeException {
  public ContractException(String message) {
    super(message);
  }

  public ContractException(String message, Throwable cause) {
    super(message, cause);
  }
}
