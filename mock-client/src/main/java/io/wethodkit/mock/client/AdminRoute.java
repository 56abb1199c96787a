package io.wethodkit.mock.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the mock's admin API: its method, its path template below {@link
 * AdminRouteTable#ADMIN_PATH} (with {@code {name}} parameters, WireMock's template syntax), the
 * JSON it takes and the JSON it answers. The server serves each route of {@link AdminRouteTable}
 * with one task, and {@link MockAdminClient} builds its calls from the same routes.
 *
 * @param <B> what the body holds ({@link Void}: no body)
 * @param <A> what the answer reads as
 */
public final class AdminRoute<B, A> {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^/{}]+)}");

  private final AdminResource resource;
  private final String name;
  private final String method;
  private final String template;
  private final TypeReference<B> body;
  private final TypeReference<A> answer;
  private final List<String> parameters;

  AdminRoute(
      AdminResource resource,
      String name,
      String method,
      String template,
      TypeReference<B> body,
      TypeReference<A> answer) {
    this.resource = Objects.requireNonNull(resource);
    this.name = Objects.requireNonNull(name);
    this.method = Objects.requireNonNull(method);
    this.template = Objects.requireNonNull(template);
    this.body = Objects.requireNonNull(body);
    this.answer = Objects.requireNonNull(answer);
    List<String> found = new ArrayList<>();
    Matcher matcher = PARAMETER.matcher(template);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    this.parameters = List.copyOf(found);
  }

  public AdminResource resource() {
    return resource;
  }

  /** Its name within its resource, e.g. {@code soft-delete}. */
  public String name() {
    return name;
  }

  /** Resource and name, unique in the table: e.g. {@code projects.soft-delete}. */
  public String id() {
    return resource.name().toLowerCase(Locale.ROOT) + "." + name;
  }

  /** {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}. */
  public String method() {
    return method;
  }

  /** The path below {@link AdminRouteTable#ADMIN_PATH}, e.g. {@code /projects-mock/clock}. */
  public String template() {
    return template;
  }

  /** The names of the template's parameters, in their order in the path. */
  public List<String> parameters() {
    return parameters;
  }

  /** Whether a call sends a JSON body. */
  public boolean takesBody() {
    return body.getType() != Void.class;
  }

  /** The Java type of the body ({@link Void} for none). */
  public Type bodyType() {
    return body.getType();
  }

  /** The Java type the answer reads as. */
  public Type answerType() {
    return answer.getType();
  }

  TypeReference<A> answer() {
    return answer;
  }

  /**
   * The path below {@link AdminRouteTable#ADMIN_PATH} with the template's parameters replaced, in
   * order, by {@code values}, each encoded as one path segment.
   *
   * @throws IllegalArgumentException when the number of values is not the number of parameters
   */
  public String path(Object... values) {
    if (values.length != parameters.size()) {
      throw new IllegalArgumentException(
          this
              + " takes "
              + parameters.size()
              + " path values "
              + parameters
              + ", not "
              + values.length);
    }
    Matcher matcher = PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    int next = 0;
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(segment(values[next++])));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String segment(Object value) {
    String text = String.valueOf(Objects.requireNonNull(value, () -> "a path value of " + this));
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** E.g. {@code POST /projects-mock/reset}. */
  @Override
  public String toString() {
    return method + " " + template;
  }
}
