package io.wethodkit.mock.http;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.endpoint.Answer;
import io.wethodkit.mock.endpoint.Grant;
import io.wethodkit.mock.endpoint.ListRenderer;
import io.wethodkit.mock.store.Project;
import java.util.List;
import java.util.Map;

/**
 * The 200 answer: a JSON array of the page's projects. By default each project's bytes were
 * rendered once when it was stored, so a page is a concatenation.
 */
public final class JsonListRenderer implements ListRenderer {

  /** The JSON bytes of one project of a page. */
  @FunctionalInterface
  public interface ProjectWriter {
    byte[] write(Project project, Grant grant);
  }

  /** The stored rendering. */
  public static final ProjectWriter AS_STORED = (project, grant) -> project.jsonBytes();

  private final ProjectWriter writer;
  private final Map<String, String> headers;

  public JsonListRenderer(Contract contract) {
    this(contract, AS_STORED);
  }

  public JsonListRenderer(Contract contract, ProjectWriter writer) {
    this.writer = writer;
    this.headers = Map.of("Content-Type", ContractMedia.mediaType(contract));
  }

  @Override
  public Answer render(List<Project> page, Grant grant) {
    byte[][] parts = new byte[page.size()][];
    int size = 2 + Math.max(0, page.size() - 1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = writer.write(page.get(i), grant);
      size += parts[i].length;
    }
    byte[] body = new byte[size];
    int at = 0;
    body[at++] = '[';
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        body[at++] = ',';
      }
      System.arraycopy(parts[i], 0, body, at, parts[i].length);
      at += parts[i].length;
    }
    body[at] = ']';
    return new Answer(200, headers, body);
  }
}
