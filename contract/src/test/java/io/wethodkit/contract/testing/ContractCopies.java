package io.wethodkit.contract.testing;

import io.wethodkit.contract.Contract;
import io.wethodkit.contract.ContractException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Edited copies of the bundled contract, for tests that show behaviour follows the contract rather
 * than code written per parameter. Shipped in this module's test-jar.
 */
public final class ContractCopies {

  /** Where the operations list {@code limit} (eight spaces in), in {@code GET} and {@code HEAD}. */
  private static final String LIMIT_REFERENCE =
      "        - $ref: \"#/components/parameters/Limit\"\n";

  /** Where the components define {@code limit} (four spaces in). */
  private static final String LIMIT_DEFINITION = "    Limit:\n";

  /**
   * A query parameter as the contract's components define them (four spaces in), filtering on the
   * integer {@code duration} field: minimum 1, operators eq, gt and lt.
   */
  private static final String DURATION =
      String.join(
          "\n",
          "    Duration:",
          "      name: duration",
          "      in: query",
          "      required: false",
          "      description: Filter items by the duration field, in months.",
          "      schema:",
          "        type: string",
          "      x-filter:",
          "        field: duration",
          "        type: integer",
          "        minimum: 1",
          "        operators: [eq, gt, lt]",
          "");

  private static final String DURATION_REFERENCE =
      "        - $ref: \"#/components/parameters/Duration\"\n";

  private ContractCopies() {}

  /**
   * The bundled contract with one more {@code x-filter} query parameter, {@code duration}, just
   * before {@code limit} in each operation that takes {@code limit}.
   */
  public static Contract withDurationFilter() {
    return Contract.parse(
        withDurationFilterText().getBytes(StandardCharsets.UTF_8), "openapi-with-duration.yaml");
  }

  /** The text of {@link #withDurationFilter()}. */
  public static String withDurationFilterText() {
    String text = bundledText();
    for (String line : new String[] {LIMIT_REFERENCE, LIMIT_DEFINITION}) {
      if (!text.contains(line)) {
        throw new ContractException(
            "the bundled contract has no line \"" + line.strip() + "\" to insert a filter before");
      }
    }
    return text.replace(LIMIT_REFERENCE, DURATION_REFERENCE + LIMIT_REFERENCE)
        .replace(LIMIT_DEFINITION, DURATION + LIMIT_DEFINITION);
  }

  private static String bundledText() {
    try (InputStream in =
        Contract.class.getClassLoader().getResourceAsStream(Contract.BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new ContractException(
            "the bundled contract " + Contract.BUNDLED_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
