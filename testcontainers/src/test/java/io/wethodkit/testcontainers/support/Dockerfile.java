package io.wethodkit.testcontainers.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructions of a Dockerfile that say how its image runs: ENTRYPOINT and CMD (exec form),
 * ENV, EXPOSE, USER, HEALTHCHECK, ARG and FROM, read from the file as Docker reads them.
 */
public final class Dockerfile {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENV_PAIR =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");

  private final List<Map.Entry<String, String>> instructions;
  private final Path context;

  private Dockerfile(List<Map.Entry<String, String>> instructions, Path context) {
    this.instructions = instructions;
    this.context = context;
  }

  /** The Dockerfile {@code file}, whose folder is its build context. */
  public static Dockerfile read(Path file) {
    try {
      return parse(Files.readString(file), file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Dockerfile parse(String text, Path context) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (current.length() == 0 && (line.isEmpty() || line.startsWith("#"))) {
        continue;
      }
      if (line.startsWith("#")) {
        continue; // A comment inside a continued instruction.
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      String instruction = current.toString().strip();
      current.setLength(0);
      int space = instruction.indexOf(' ');
      out.add(
          Map.entry(
              instruction.substring(0, space).toUpperCase(Locale.ROOT),
              instruction.substring(space + 1).strip()));
    }
    return new Dockerfile(out, context);
  }

  /** The argument of the last instruction of this kind (Docker keeps the last one). */
  public Optional<String> last(String keyword) {
    String found = null;
    for (Map.Entry<String, String> instruction : instructions) {
      if (instruction.getKey().equals(keyword)) {
        found = instruction.getValue();
      }
    }
    return Optional.ofNullable(found);
  }

  public List<String> all(String keyword) {
    return instructions.stream()
        .filter(i -> i.getKey().equals(keyword))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** ENTRYPOINT or CMD in exec form (a JSON array); empty when absent. */
  public List<String> execForm(String keyword) {
    return last(keyword)
        .map(
            value -> {
              try {
                return JSON.readValue(value, new TypeReference<List<String>>() {});
              } catch (IOException e) {
                throw new IllegalStateException(
                    keyword + " is not in exec form (a JSON array): " + value, e);
              }
            })
        .orElse(List.of());
  }

  /**
   * The file of the build context that a {@code COPY source destination} puts at {@code imagePath}
   * in the image, if one does.
   */
  public Optional<Path> copiedTo(String imagePath) {
    return all("COPY").stream()
        .map(copy -> copy.split("\\s+"))
        .filter(parts -> parts.length == 2 && parts[1].equals(imagePath))
        .map(parts -> context.resolve(parts[0]))
        .reduce((first, last) -> last);
  }

  /** The command line the image runs: ENTRYPOINT, then CMD or the arguments given. */
  public List<String> commandLine(List<String> arguments) {
    List<String> line = new ArrayList<>(execForm("ENTRYPOINT"));
    line.addAll(arguments.isEmpty() ? execForm("CMD") : arguments);
    return line;
  }

  /** Every ENV variable, in order. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String value : all("ENV")) {
      Matcher pair = ENV_PAIR.matcher(value);
      while (pair.find()) {
        String v = pair.group(2);
        env.put(pair.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v);
      }
    }
    return env;
  }

  /** The default of a build argument ({@code ARG NAME=default}), if it has one. */
  public Optional<String> argumentDefault(String name) {
    return all("ARG").stream()
        .filter(arg -> arg.startsWith(name + "="))
        .map(arg -> arg.substring(name.length() + 1))
        .findFirst();
  }

  /** The command of {@code HEALTHCHECK [options] CMD [...]} in exec form; empty when absent. */
  public List<String> healthCheckExecForm() {
    return last("HEALTHCHECK")
        .map(
            value -> {
              int cmd = value.indexOf("CMD ");
              if (cmd < 0) {
                return List.<String>of();
              }
              String command = value.substring(cmd + 4).strip();
              try {
                return JSON.readValue(command, new TypeReference<List<String>>() {});
              } catch (IOException e) {
                throw new IllegalStateException(
                    "HEALTHCHECK is not in exec form (a JSON array): " + command, e);
              }
            })
        .orElse(List.of());
  }
}
