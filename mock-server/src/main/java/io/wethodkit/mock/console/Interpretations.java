package io.wethodkit.mock.console;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.wethodkit.contract.Contract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract's numbered interpretations (its description's "N. *Interpretation (title).* text"
 * items) and where {@code x-interpretation} marks them: on an error response, on a parameter.
 */
public final class Interpretations {

  /** One numbered interpretation of the contract. */
  public record Interpretation(int number, String title, String text) {}

  private static final String MARK = "x-interpretation";
  private static final Pattern ITEM =
      Pattern.compile(
          "^\\s*(\\d+)\\.\\s+\\*Interpretation \\(([^)]*)\\)\\.\\*\\s+(.*?)(?=^\\s*\\d+\\.\\s+\\*Interpretation|^\\s*#|\\z)",
          Pattern.MULTILINE | Pattern.DOTALL);

  private final Map<Integer, Interpretation> byNumber;
  private final Operation operation;

  public Interpretations(Contract contract) {
    this.byNumber = parse(contract.openApi().getInfo().getDescription());
    this.operation = contract.openApi().getPaths().get(contract.path()).getGet();
  }

  private static Map<Integer, Interpretation> parse(String description) {
    Map<Integer, Interpretation> found = new LinkedHashMap<>();
    if (description == null) {
      return found;
    }
    Matcher matcher = ITEM.matcher(description);
    while (matcher.find()) {
      int number = Integer.parseInt(matcher.group(1));
      String text = matcher.group(3).trim().replaceAll("\\s+", " ");
      found.put(number, new Interpretation(number, matcher.group(2).trim(), text));
    }
    return found;
  }

  /** Every interpretation, in the contract's order. */
  public List<Interpretation> all() {
    return List.copyOf(byNumber.values());
  }

  /** The interpretations marked on the error response of {@code status}. */
  public List<Interpretation> ofResponse(int status) {
    ApiResponse response =
        operation.getResponses() == null
            ? null
            : operation.getResponses().get(String.valueOf(status));
    return response == null ? List.of() : marked(response.getExtensions());
  }

  /** The interpretations marked on the parameter {@code name} (query or header). */
  public List<Interpretation> ofParameter(String name) {
    return Optional.ofNullable(operation.getParameters()).orElseGet(List::of).stream()
        .filter(parameter -> name.equalsIgnoreCase(parameter.getName()))
        .findFirst()
        .map(Parameter::getExtensions)
        .map(this::marked)
        .orElseGet(List::of);
  }

  private List<Interpretation> marked(Map<String, Object> extensions) {
    List<Interpretation> out = new ArrayList<>();
    if (extensions != null && extensions.get(MARK) instanceof List<?> numbers) {
      for (Object number : numbers) {
        if (number instanceof Number n && byNumber.containsKey(n.intValue())) {
          out.add(byNumber.get(n.intValue()));
        }
      }
    }
    return out;
  }
}
