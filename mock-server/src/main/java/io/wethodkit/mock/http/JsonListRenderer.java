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
    // The stored renderings are copied straight from the store into the body.
    byte[][] written = writer == AS_STORED ? null : new byte[page.size()][];
    int size = 2 + Math.max(0, page.size() - 1);
    for (int i = 0; i < page.size(); i++) {
      if (written == null) {
        size += page.get(i).jsonLength();
      } else {
        written[i] = writer.write(page.get(i), grant);
        size += written[i].length;
      }
    }
    byte[] body = new byte[size];
    int at = 0;
    body[at++] = '[';
    for (int i = 0; i < page.size(); i++) {
      if (i > 0) {
        body[at++] = ',';
      }
      if (written == null) {
        page.get(i).copyJson(body, at);
        at += page.get(i).jsonLength();
      } else {
        System.arraycopy(written[i], 0, body, at, written[i].length);
        at += written[i].length;
      }
    }
    body[at] = ']';
    return new Answer(200, headers, body);
  }
}
