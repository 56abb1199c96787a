package io.wethodkit.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.wethodkit.conformance.catalogue.Requirement;
import io.wethodkit.conformance.client.Exchange;
import io.wethodkit.conformance.client.QueryString;
import io.wethodkit.conformance.client.TargetRequest;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.seeded.FixtureDataset;
import io.wethodkit.fixtures.read.FixtureCompany;
import io.wethodkit.fixtures.read.FixtureMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The response schemas, the metadata rule and the content type. */
final class SchemaVerifier {

  private SchemaVerifier() {}

  /** Every page of the whole list, and of the default list, validates against the 200 schema. */
  static void schema200(RunContext ctx, Requirement req, Recorder rec) {
    List<Page> pages = new ArrayList<>();
    for (Listing listing : List.of(ctx.universe(), ctx.listings().all(Role.BOTH, Map.of()))) {
      for (Exchange exchange : listing.pages()) {
        pages.add(Listings.page(exchange));
      }
    }
    Set<String> projects = new java.util.HashSet<>();
    for (Page page : pages) {
      projects.addAll(page.ids());
      List<String> problems =
          ctx.contract().schemas().validateResponse(200, Bodies.withoutMetadata(page.items()));
      rec.exercised();
      if (!problems.isEmpty()) {
        rec.fail(
            page.exchange(),
            "a body valid against the 200 schema, but: " + Bodies.problems(problems));
      }
    }
    rec.needs("projects visible to `both` to validate", projects.size());
  }

  static void metadataWithValue(RunContext ctx, Requirement req, Recorder rec) {
    Listing universe = ctx.universe();
    int seen = 0;
    for (Exchange exchange : universe.pages()) {
      for (JsonNode project : Listings.page(exchange).items()) {
        for (String field : Bodies.metadataFields(project)) {
          seen++;
          JsonNode value = project.get(field);
          if (value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
            rec.fail(
                exchange,
                field
                    + " of project "
                    + ProjectIds.of(project)
                    + " to be left out, not sent as "
                    + value);
          }
        }
      }
    }
    ctx.fixtures().ifPresent(data -> compareWithFixtures(ctx, data, universe, rec));
    rec.needs("metadata fields on the projects visible to `both`", seen);
    if (seen > 0) {
      rec.exercised();
    }
  }

  /** Seeded: each project carries exactly the metadata fields that hold a value in the fixtures. */
  private static void compareWithFixtures(
      RunContext ctx, FixtureDataset data, Listing universe, Recorder rec) {
    Map<String, JsonNode> stored = new HashMap<>();
    data.projects(ctx.config().company()).forEach(p -> stored.put(ProjectIds.of(p), p));
    for (JsonNode project : universe.items()) {
      JsonNode fixture = stored.get(ProjectIds.of(project));
      if (fixture == null) {
        continue;
      }
      Set<String> expected = new TreeSet<>();
      for (String field : Bodies.metadataFields(fixture)) {
        JsonNode value = fixture.get(field);
        if (value.isTextual() && !value.asText().isEmpty()) {
          expected.add(field);
        }
      }
      Set<String> actual = new TreeSet<>(Bodies.metadataFields(project));
      rec.exercised();
      if (!expected.equals(actual)) {
        rec.fail(
            universe.firstPage(),
            "project "
                + ProjectIds.of(project)
                + " to carry the metadata fields "
                + expected
                + " of the fixture dataset, not "
                + actual);
      }
    }
  }

  static void metadataFormat(RunContext ctx, Requirement req, Recorder rec) {
    Map<String, List<String>> definitions = new HashMap<>();
    ctx.fixtures()
        .flatMap(data -> data.company(ctx.config().company()))
        .map(FixtureCompany::metadata)
        .ifPresent(
            list -> {
              for (FixtureMetadata definition : list) {
                definitions.put(Bodies.METADATA_PREFIX + definition.id(), definition.values());
              }
            });
    int seen = 0;
    for (Exchange exchange : ctx.universe().pages()) {
      for (JsonNode project : Listings.page(exchange).items()) {
        for (String field : Bodies.metadataFields(project)) {
          JsonNode value = project.get(field);
          if (value.isNull()) {
            continue; // The MUST check PRJ-METADATA-WITH-VALUE reports it.
          }
          seen++;
          String where = field + " of project " + ProjectIds.of(project);
          if (!Bodies.METADATA_NAME.matcher(field).matches()) {
            rec.fail(exchange, where + " to be named metadata_<id> with a positive integer id");
          } else if (!value.isTextual() || value.asText().isEmpty()) {
            rec.fail(exchange, where + " to be a non-empty string, not " + value);
          } else if (!definitions.isEmpty() && !ctx.foreignProjects().holds(project)) {
            // Another company's project carries its own metadata: isolation judges that project.
            List<String> allowed = definitions.get(field);
            if (allowed == null) {
              rec.fail(exchange, where + " to name a metadata definition of the company");
            } else if (!allowed.contains(value.asText())) {
              rec.fail(exchange, where + " to be one of " + allowed + ", not " + value);
            }
          }
        }
      }
    }
    rec.needs("metadata fields with a value on the projects visible to `both`", seen);
    if (seen > 0) {
      rec.exercised();
    }
  }

  static void schema400(RunContext ctx, Requirement req, Recorder rec) {
    List<Exchange> exchanges = new ArrayList<>();
    for (QueryString query : Probes.invalidQueries(ctx)) {
      exchanges.add(ctx.client().send(ctx.requests().as(Role.BOTH).withQuery(query)));
    }
    validateErrors(ctx, rec, 400, exchanges, false);
  }

  static void errorSchema(RunContext ctx, Recorder rec, int status, List<TargetRequest> probes) {
    List<Exchange> exchanges = probes.stream().map(ctx.client()::send).toList();
    // The reference page shows the keys of 400 and 412 only: elsewhere the key's value is not
    // part of the body shape (SHOULD checks verify it).
    validateErrors(ctx, rec, status, exchanges, status != 412);
  }

  private static void validateErrors(
      RunContext ctx, Recorder rec, int status, List<Exchange> exchanges, boolean anyKey) {
    boolean any = false;
    for (Exchange exchange : exchanges) {
      if (exchange.status() != status) {
        continue;
      }
      any = true;
      rec.exercised();
      Optional<JsonNode> body = exchange.json();
      if (body.isEmpty()) {
        rec.fail(exchange, "a JSON body");
        continue;
      }
      JsonNode checked =
          anyKey ? Bodies.withKey(body.get(), ctx.contract().error(status).key()) : body.get();
      List<String> problems = ctx.contract().schemas().validateResponse(status, checked);
      if (!problems.isEmpty()) {
        rec.fail(
            exchange,
            "a body valid against the " + status + " schema, but: " + Bodies.problems(problems));
      }
    }
    if (!any) {
      rec.cannotExercise(
          "no request provoked a "
              + status
              + " ("
              + exchanges.stream().map(Exchange::summary).toList()
              + ")");
    }
  }

  static void contentType(RunContext ctx, Requirement req, Recorder rec) {
    List<TargetRequest> probes = new ArrayList<>();
    probes.add(ctx.requests().as(Role.BOTH));
    probes.add(ctx.requests().as(Role.BOTH).withQuery(Probes.invalidQueries(ctx).get(0)));
    probes.addAll(Probes.unauthenticated(ctx));
    probes.addAll(Probes.forbidden(ctx));
    probes.addAll(Probes.preconditionFailed(ctx));
    for (TargetRequest probe : probes) {
      Exchange exchange = ctx.client().send(probe);
      rec.exercised();
      if (!exchange.answered()) {
        rec.fail(exchange, "an answer with Content-Type application/json");
      } else if (!Bodies.isJson(exchange)) {
        rec.fail(
            exchange,
            "Content-Type application/json, not "
                + exchange.header("Content-Type").orElse("no Content-Type"));
      }
    }
  }
}
