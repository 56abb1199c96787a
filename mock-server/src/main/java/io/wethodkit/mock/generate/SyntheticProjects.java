package io.wethodkit.mock.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Json;
import io.wethodkit.mock.store.MetadataDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The projects of one company, one at a time, with the distributions of a real pipeline: many
 * opportunities at low or round probabilities, dates spread over years, a few soft-deleted ones,
 * some timestamps on midnight boundaries, and the company's metadata on most projects.
 */
final class SyntheticProjects {

  /** Projects are created from here on, over about seven years. */
  private static final Instant FIRST = Instant.parse("2019-01-01T00:00:00Z");

  private static final long SPAN_SECONDS = 7L * 365 * 24 * 3600;

  private static final int[] PROBABILITIES = {
    0, 5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100
  };
  private static final String[] KINDS = {
    "Website for", "ERP roll-out at", "Training programme for", "Data platform for",
    "Brand refresh for", "Mobile app for", "Audit of", "Support contract with"
  };
  private static final String[] CLIENTS = {
    "Wayne Foods", "Soylent Health", "Initech", "Umbrella Retail", "Stark Mobility",
    "Tyrell Energy", "Hooli Media", "Cyberdyne Logistics", "Wonka Sweets", "Oscorp Pharma"
  };

  private final List<String> properties;
  private final Company company;
  private final long[] owners;
  private final long seed;

  /**
   * @param properties the contract's Project properties in its order
   * @param owners the person ids of the identities with access to the company: each owns a share
   */
  SyntheticProjects(List<String> properties, Company company, long[] owners, long seed) {
    this.properties = properties;
    this.company = company;
    this.owners = owners;
    this.seed = seed ^ company.slug().hashCode() * 0x9E3779B97F4A7C15L;
  }

  /**
   * The project {@code id}: a function of the seed and the id alone, so any order gives the same.
   */
  ObjectNode project(long id) {
    SplittableRandom random = new SplittableRandom(seed + id * 0xBF58476D1CE4E5B9L);
    ObjectNode node = Json.object();
    for (String property : properties) {
      node.putNull(property);
    }
    Instant created =
        FIRST.plusSeconds(random.nextLong(SPAN_SECONDS)).plusMillis(random.nextInt(1000));
    Instant updated = boundary(random, created.plus(random.nextLong(1, 700), ChronoUnit.DAYS));
    boolean archived = random.nextInt(100) < 15;
    LocalDate start =
        created
            .atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .withDayOfMonth(1)
            .plusMonths(random.nextInt(-2, 7));
    int probability = PROBABILITIES[random.nextInt(PROBABILITIES.length)];
    node.put("id", id);
    node.put("created_at", stamp(created));
    node.put("updated_at", stamp(updated));
    String client = CLIENTS[random.nextInt(CLIENTS.length)];
    node.put("name", KINDS[random.nextInt(KINDS.length)] + " " + client);
    int year = created.atOffset(ZoneOffset.UTC).getYear();
    if (random.nextInt(100) < 80) {
      node.put("job_order", String.format("JO-%d-%06d", year, id % 1_000_000));
    }
    if (random.nextInt(100) < 40) {
      node.put("purchase_order", "PO-" + (10000 + random.nextInt(90000)));
    }
    node.put("value", Math.round(random.nextDouble(1, 500) * 100) / 100.0);
    node.put("probability", probability);
    node.put("date_start", start.toString());
    node.put("duration", 1 + random.nextInt(24));
    node.put("is_archived", archived);
    if (archived) {
      node.put("archived_on", updated.atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }
    if (random.nextInt(100) < 30) {
      node.put("due_date", start.plusMonths(1 + random.nextInt(24)).minusDays(1).toString());
    }
    if (probability == 100) {
      node.put(
          "signed_on",
          created.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(random.nextInt(60)).toString());
    }
    node.put("job_order_category_id", 1 + random.nextInt(5));
    if (random.nextInt(100) < 70) {
      node.put("project_type_id", 1 + random.nextInt(4));
    }
    node.put("client_id", 1 + random.nextInt(CLIENTS.length));
    node.put("pm_id", person(random, 12));
    if (random.nextInt(100) < 75) {
      node.put("account_id", person(random, 8));
    }
    if (random.nextInt(100) < 60) {
      node.put("client_contact_id", 40 + random.nextInt(60));
    }
    if (probability == 0 || probability == 100) {
      node.put("reason_why_id", 1 + random.nextInt(6));
    }
    if (random.nextInt(100) < 50) {
      node.put("business_unit_id", 1 + random.nextInt(4));
    }
    if (random.nextInt(100) < 65) {
      node.put("billing_group_id", 1 + random.nextInt(3));
    }
    if (random.nextInt(100) < 6) {
      node.put(
          "deleted_at",
          stamp(boundary(random, updated.plus(random.nextLong(1, 200), ChronoUnit.DAYS))));
    }
    for (MetadataDefinition definition : company.metadata()) {
      if (random.nextInt(100) < 60) {
        List<String> values = definition.values();
        node.put(
            MetadataDefinition.FIELD_PREFIX + definition.id(),
            values.get(random.nextInt(values.size())));
      }
    }
    return node;
  }

  /** The fixtures' form of an instant, {@code 2024-06-30T21:58:00.000Z}, without a formatter. */
  static String stamp(Instant instant) {
    java.time.LocalDateTime at =
        java.time.LocalDateTime.ofEpochSecond(
            instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    char[] out = "0000-00-00T00:00:00.000Z".toCharArray();
    digits(out, 0, 4, at.getYear());
    digits(out, 5, 2, at.getMonthValue());
    digits(out, 8, 2, at.getDayOfMonth());
    digits(out, 11, 2, at.getHour());
    digits(out, 14, 2, at.getMinute());
    digits(out, 17, 2, at.getSecond());
    digits(out, 20, 3, at.getNano() / 1_000_000);
    return new String(out);
  }

  private static void digits(char[] out, int at, int width, int value) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** One of the owners for {@code percent}% per owner of the projects, else another person. */
  private long person(SplittableRandom random, int percent) {
    int draw = random.nextInt(100);
    if (draw < percent * owners.length / 2 + 1 && owners.length > 0) {
      return owners[random.nextInt(owners.length)];
    }
    return 30 + random.nextInt(30);
  }

  /** Now and then the instant moved onto a midnight boundary (UTC, or Italian summer/winter). */
  private static Instant boundary(SplittableRandom random, Instant instant) {
    int draw = random.nextInt(100);
    Instant day = instant.truncatedTo(ChronoUnit.DAYS);
    return switch (draw) {
      case 0 -> day;
      case 1 -> day.minusMillis(1);
      case 2 -> day.minus(2, ChronoUnit.HOURS);
      case 3 -> day.minus(1, ChronoUnit.HOURS);
      default -> instant;
    };
  }
}
