package io.wethodkit.conformance.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.conformance.config.IdentityConfig;
import io.wethodkit.conformance.config.Mode;
import io.wethodkit.conformance.config.Role;
import io.wethodkit.conformance.config.TargetConfig;
import io.wethodkit.contract.Contract;
import io.wethodkit.contract.Visibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A dataset in the fixture format that the suite has never seen, drawn from a seeded {@link
 * Random}: other company slugs, tokens, person ids, ids with gaps, and values spread at random. It
 * shows that blackbox mode judges an implementation by invariants, not by the kit's data.
 */
public final class GeneratedDataset {

  /** The shape of the data to draw. */
  public record Shape(int projects, double deletedShare, boolean metadata) {
    /** Enough of everything for every check to be exercised. */
    public static Shape rich(Random random) {
      return new Shape(130 + random.nextInt(90), 0.12, true);
    }

    /** Too little: a handful of active projects, no metadata. */
    public static Shape tiny() {
      return new Shape(5, 0, false);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Role> OWN_DELETED = List.of(Role.VIEW, Role.VIEW_OTHER);
  private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  private final Random random;
  private final String company;
  private final String foreign;
  private final Map<Role, IdentityConfig> identities = new EnumMap<>(Role.class);
  private final String revokedToken;
  private final String foreignToken;

  private GeneratedDataset(long seed) {
    this.random = new Random(seed);
    this.company = "co" + Integer.toString(1000 + random.nextInt(9000), 36);
    this.foreign = "fx" + Integer.toString(1000 + random.nextInt(9000), 36);
    long person = 200 + random.nextInt(500);
    for (Role role : Role.values()) {
      identities.put(
          role, new IdentityConfig("t-" + Long.toHexString(random.nextLong()), person++));
    }
    this.revokedToken = "t-" + Long.toHexString(random.nextLong());
    this.foreignToken = "t-" + Long.toHexString(random.nextLong());
  }

  /** Writes a dataset drawn from {@code seed} into {@code dir}; returns what a config needs. */
  public static GeneratedDataset write(Path dir, long seed, Shape shape) {
    GeneratedDataset data = new GeneratedDataset(seed);
    try {
      Files.createDirectories(dir.resolve("projects"));
      Files.writeString(dir.resolve("companies.json"), data.companies().toPrettyString());
      Files.writeString(dir.resolve("identities.json"), data.identities().toPrettyString());
      Files.writeString(
          dir.resolve("projects/" + data.company + ".json"),
          data.projects(shape, 1, data.company).toPrettyString());
      Files.writeString(
          dir.resolve("projects/" + data.foreign + ".json"),
          data.projects(new Shape(12, 0.1, shape.metadata()), 100_000, data.foreign)
              .toPrettyString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return data;
  }

  public TargetConfig config(String baseUrl, Mode mode) {
    return new TargetConfig(
        URI.create(baseUrl),
        company,
        Suite.CONTRACT.headers().supportedVersions().get(0),
        mode,
        Duration.ofSeconds(5),
        identities,
        Optional.of(foreign),
        Optional.of(revokedToken),
        Optional.of(foreignToken));
  }

  private ArrayNode companies() {
    ArrayNode companies = JSON.createArrayNode();
    companies.add(company(company, 31, 32));
    companies.add(company(foreign, 41, 42));
    return companies;
  }

  private ObjectNode company(String slug, int... metadataIds) {
    ObjectNode node = JSON.createObjectNode().put("slug", slug).put("name", "Company " + slug);
    ArrayNode metadata = node.putArray("metadata");
    for (int id : metadataIds) {
      ObjectNode definition = metadata.addObject().put("id", id).put("key", "Field " + id);
      ArrayNode values = definition.putArray("values");
      for (int v = 0; v < 3; v++) {
        values.add("Value " + id + "-" + v);
      }
      definition.put("is_required", false);
    }
    return node;
  }

  private ArrayNode identities() {
    Contract contract = Suite.CONTRACT;
    String own = contract.access().permissionFor(Visibility.OWN);
    String others = contract.access().permissionFor(Visibility.OTHERS);
    Map<Role, List<String>> permissions =
        Map.of(
            Role.VIEW,
            List.of(own),
            Role.VIEW_OTHER,
            List.of(others),
            Role.BOTH,
            List.of(own, others),
            Role.NONE,
            List.of());
    ArrayNode array = JSON.createArrayNode();
    for (Role role : Role.values()) {
      ObjectNode node =
          array
              .addObject()
              .put("name", role.configName())
              .put("description", "generated identity " + role.configName())
              .put("token", identities.get(role).token())
              .put("personId", identities.get(role).personId())
              .put("revoked", false);
      node.putObject("permissions")
          .putArray(company)
          .addAll(permissions.get(role).stream().map(JSON.getNodeFactory()::textNode).toList());
    }
    ObjectNode revoked =
        array
            .addObject()
            .put("name", "revoked")
            .put("description", "generated revoked identity")
            .put("token", revokedToken)
            .put("personId", 999)
            .put("revoked", true);
    revoked.putObject("permissions").putArray(company).add(own).add(others);
    ObjectNode stranger =
        array
            .addObject()
            .put("name", "foreigner")
            .put("description", "generated user of the foreign company")
            .put("token", foreignToken)
            .put("personId", 998)
            .put("revoked", false);
    stranger.putObject("permissions").putArray(foreign).add(own).add(others);
    return array;
  }

  private ArrayNode projects(Shape shape, long firstId, String slug) {
    List<Long> persons = identities.values().stream().map(IdentityConfig::personId).toList();
    int metadataBase = slug.equals(company) ? 31 : 41;
    ArrayNode array = JSON.createArrayNode();
    long id = firstId;
    for (int i = 0; i < shape.projects(); i++) {
      id += 1 + (random.nextInt(4) == 0 ? random.nextInt(5) : 0);
      Instant created =
          START
              .plus(random.nextInt(900 * 24 * 60), ChronoUnit.MINUTES)
              .plusMillis(random.nextInt(1000));
      Instant updated =
          created
              .plus(random.nextInt(200 * 24 * 60), ChronoUnit.MINUTES)
              .plusMillis(random.nextInt(1000));
      ObjectNode p = array.addObject();
      p.put("id", id);
      p.put("created_at", created.toString());
      p.put("updated_at", updated.toString());
      p.put(
          "name",
          "Engagement "
              + Long.toString(random.nextLong() & 0xffffff, 36)
              + " for client "
              + random.nextInt(50));
      nullable(p, "job_order", "JO-" + random.nextInt(9999));
      nullable(p, "purchase_order", "PO-" + random.nextInt(99999));
      p.put(
          "value",
          BigDecimal.valueOf(random.nextDouble() * 500)
              .setScale(random.nextInt(3), RoundingMode.HALF_UP));
      p.put(
          "probability", random.nextInt(5) == 0 ? 50 + random.nextInt(3) - 1 : random.nextInt(101));
      p.put(
          "date_start",
          LocalDate.of(2022 + random.nextInt(4), 1 + random.nextInt(12), 1).toString());
      p.put("duration", 1 + random.nextInt(36));
      boolean archived = random.nextBoolean();
      p.put("is_archived", archived);
      nullable(
          p,
          "archived_on",
          LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
      nullable(
          p,
          "due_date",
          LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
      nullable(
          p,
          "signed_on",
          LocalDate.of(2023, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
      p.put("job_order_category_id", 1 + random.nextInt(5));
      nullableNumber(p, "project_type_id", 1 + random.nextInt(6));
      p.put("client_id", 1 + random.nextInt(40));
      p.put(
          "pm_id",
          random.nextInt(3) == 0
              ? persons.get(random.nextInt(persons.size()))
              : 300 + random.nextInt(30));
      if (random.nextInt(4) == 0) {
        p.putNull("account_id");
      } else {
        p.put(
            "account_id",
            random.nextInt(3) == 0
                ? persons.get(random.nextInt(persons.size()))
                : 300 + random.nextInt(30));
      }
      nullableNumber(p, "client_contact_id", 1 + random.nextInt(80));
      nullableNumber(p, "reason_why_id", 1 + random.nextInt(8));
      nullableNumber(p, "business_unit_id", 1 + random.nextInt(4));
      nullableNumber(p, "billing_group_id", 1 + random.nextInt(4));
      if (random.nextDouble() < shape.deletedShare()) {
        p.put(
            "deleted_at",
            updated.plus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES).toString());
      } else {
        p.putNull("deleted_at");
      }
      if (shape.deletedShare() > 0 && i < OWN_DELETED.size()) {
        // A soft-deleted project of each identity that sees by ownership: their deleted doors
        // then have projects to show and projects to hide.
        p.put("pm_id", identities.get(OWN_DELETED.get(i)).personId());
        if (p.get("deleted_at").isNull()) {
          p.put("deleted_at", updated.plus(1, ChronoUnit.HOURS).toString());
        }
      }
      if (shape.metadata()) {
        for (int m = metadataBase; m < metadataBase + 2; m++) {
          if (random.nextBoolean()) {
            p.put("metadata_" + m, "Value " + m + "-" + random.nextInt(3));
          }
        }
      }
    }
    return array;
  }

  private void nullable(ObjectNode project, String field, String value) {
    if (random.nextInt(3) == 0) {
      project.putNull(field);
    } else {
      project.put(field, value);
    }
  }

  private void nullableNumber(ObjectNode project, String field, int value) {
    if (random.nextInt(3) == 0) {
      project.putNull(field);
    } else {
      project.put(field, value);
    }
  }
}
