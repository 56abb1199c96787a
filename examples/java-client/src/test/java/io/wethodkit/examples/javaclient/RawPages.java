package io.wethodkit.examples.javaclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer of the mock as plain JSON, read without any generated code: the evidence that the
 * generated clients' objects are compared with.
 */
final class RawPages {

  static final String TOKEN = "tok-both";
  static final String COMPANY = "acme";
  static final String VERSION = "2024-06-15";

  private static final ObjectMapper JSON = new ObjectMapper();

  private RawPages() {}

  /** Every project of {@code deleted=include}, read in pages of 100. */
  static List<JsonNode> allIncludingDeleted(String baseUrl)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    List<JsonNode> all = new ArrayList<>();
    for (int offset = 0; ; offset += 100) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(baseUrl + "/api/projects?deleted=include&limit=100&offset=" + offset))
              .header("Authorization", "Bearer " + TOKEN)
              .header("Wethod-Company", COMPANY)
              .header("Wethod-Version", VERSION)
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the mock answered " + response.statusCode());
      }
      JsonNode page = JSON.readTree(response.body());
      page.forEach(all::add);
      if (page.size() < 100) {
        return all;
      }
    }
  }

  /** The {@code metadata_<id>} fields of a project, by name. */
  static Map<String, String> metadata(JsonNode project) {
    Map<String, String> out = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = project.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().startsWith("metadata_")) {
        out.put(field.getKey(), field.getValue().asText());
      }
    }
    return out;
  }

  /** The metadata of {@code additional}, a generated model's map of additional properties. */
  static Map<String, String> metadata(Map<String, Object> additional) {
    Map<String, String> out = new TreeMap<>();
    if (additional != null) {
      additional.forEach(
          (name, value) -> {
            if (name.startsWith("metadata_")) {
              out.put(name, String.valueOf(value));
            }
          });
    }
    return out;
  }
}
