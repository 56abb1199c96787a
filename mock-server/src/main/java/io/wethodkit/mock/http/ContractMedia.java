package io.wethodkit.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.contract.Contract;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the contract fixes about answers besides bodies: the media type, and error headers. */
public final class ContractMedia {

  private ContractMedia() {}

  /** The media type of the list's 200 answer, e.g. {@code application/json}. */
  public static String mediaType(Contract contract) {
    Iterator<String> types = responses(contract).path("200").path("content").fieldNames();
    return types.hasNext() ? types.next() : "application/json";
  }

  /** The headers whose value the contract fixes ({@code const}) on the answer of {@code status}. */
  public static Map<String, String> fixedHeaders(Contract contract, int status) {
    Map<String, String> out = new LinkedHashMap<>();
    responses(contract)
        .path(String.valueOf(status))
        .path("headers")
        .fields()
        .forEachRemaining(
            header -> {
              JsonNode value = header.getValue().path("schema").path("const");
              if (value.isTextual()) {
                out.put(header.getKey(), value.textValue());
              }
            });
    return out;
  }

  private static JsonNode responses(Contract contract) {
    String path = contract.path().replace("~", "~0").replace("/", "~1");
    return contract.document().at("/paths/" + path + "/get/responses");
  }
}
