package io.wethodkit.contract;

import java.util.Map;

/**
 * An error response of the contract: its status, the {@code key} its schema fixes, the message its
 * schema or example gives, and its causes ({@code x-error-causes}) with their messages.
 */
public record ErrorAnswer(int status, String key, String message, Map<String, String> causes) {

  public ErrorAnswer {
    causes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causes));
  }

  /** The message of {@code cause}; a cause the contract does not list is a programming error. */
  public String messageFor(String cause) {
    String text = causes.get(cause);
    if (text == null) {
      throw new ContractException("the " + status + " answer lists no cause '" + cause + "'");
    }
    return text;
  }
}
