package io.wethodkit.mock.store;

import com.fasterxml.jackson.core.io.SerializedString;
import io.wethodkit.contract.schema.ScalarObjectSchema;
import io.wethodkit.contract.schema.ScalarRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything a streaming reader of one company's projects file checks and writes, read once from
 * the fixture schema's items, the contract's Project schema and the company: for each field name
 * what the fixture schema and the contract allow in it, the form the store needs, where it goes in
 * the normalized project and its column. The checks are those of the fixture reader and of {@link
 * ProjectRules#normalize}; a project that fails any of them takes their way, which names the
 * problem. Thread-safe.
 */
final class FixtureRowRules {

  /** What a field name is to the normalized project. */
  enum Role {
    /** One of the contract's Project properties. */
    PROPERTY,
    /** A metadata field of one of the company's definitions. */
    METADATA,
    /** Anything else: a project holding it takes the checked way. */
    OTHER
  }

  /**
   * What a field of one name is checked against and where it goes.
   *
   * @param name the name, as the parser compares it
   * @param checks what the fixture schema allows in it, and for a property the contract too
   * @param contract for a metadata field, what the contract allows in it once normalized
   * @param form the form the store needs (properties only; null for none)
   * @param slot the property's place, or the metadata definition's place among the company's
   * @param column the number of its indexed column, or -1
   */
  record Field(
      SerializedString name,
      Role role,
      ScalarRules checks,
      ScalarRules contract,
      FieldForm form,
      int slot,
      int column,
      MetadataDefinition definition) {}

  private static final int REMEMBERED_NAMES = 4096;

  private final ProjectRules rules;
  private final ScalarObjectSchema fixture;
  private final ScalarObjectSchema contract;
  private final Company company;
  private final TableLayout layout;
  private final List<String> properties;
  private final List<String> indexed;
  private final int idSlot;
  private final int[] requiredSlots;
  private final boolean[] nullAllowed;
  private final Field[] propertyFields;
  private final List<MetadataDefinition> definitions;
  private final int[] metadataCodes;
  private final byte[][] metadataNames;
  private final int[] metadataColumns;
  private final byte[][] propertyNames;
  private final String[] propertyTexts;
  private final String[] metadataTexts;
  private final Map<String, Field> fields = new ConcurrentHashMap<>();

  private FixtureRowRules(
      ProjectRules rules,
      ScalarObjectSchema fixture,
      ScalarObjectSchema contract,
      Company company,
      TableLayout layout) {
    this.rules = rules;
    this.fixture = fixture;
    this.contract = contract;
    this.company = company;
    this.layout = layout;
    this.properties = rules.properties();
    this.indexed = new ArrayList<>(layout.indexed());
    this.idSlot = properties.indexOf(Project.ID);
    this.propertyFields = new Field[properties.size()];
    this.nullAllowed = new boolean[properties.size()];
    this.propertyNames = new byte[properties.size()][];
    this.propertyTexts = new String[properties.size()];
    for (int slot = 0; slot < properties.size(); slot++) {
      String name = properties.get(slot);
      propertyFields[slot] =
          new Field(
              new SerializedString(name),
              Role.PROPERTY,
              ScalarRules.both(fixture.field(name), contract.field(name)),
              null,
              rules.form(name),
              slot,
              indexed.indexOf(name),
              null);
      nullAllowed[slot] = contract.field(name).acceptsNull();
      propertyNames[slot] = RowCodec.nameBytes(name);
      propertyTexts[slot] = new String(propertyNames[slot], StandardCharsets.UTF_8);
    }
    this.requiredSlots = fixture.required().stream().mapToInt(properties::indexOf).toArray();
    this.definitions =
        company.metadata().stream()
            .sorted(java.util.Comparator.comparingLong(MetadataDefinition::id))
            .toList();
    this.metadataCodes = new int[definitions.size()];
    this.metadataNames = new byte[definitions.size()][];
    this.metadataTexts = new String[definitions.size()];
    this.metadataColumns = new int[definitions.size()];
    for (int i = 0; i < definitions.size(); i++) {
      String name = MetadataDefinition.FIELD_PREFIX + definitions.get(i).id();
      metadataNames[i] = RowCodec.nameBytes(name);
      metadataTexts[i] = new String(metadataNames[i], StandardCharsets.UTF_8);
      metadataCodes[i] = codeOf(metadataNames[i]);
      metadataColumns[i] = indexed.indexOf(name);
    }
  }

  /**
   * The rules for {@code company}'s projects, or empty when a schema uses assertions they do not
   * cover or the contract's properties are such that only the checked way can normalize them.
   */
  static Optional<FixtureRowRules> of(
      ProjectRules rules, Optional<ScalarObjectSchema> fixtureItems, Company company) {
    Optional<ScalarObjectSchema> contract = ScalarObjectSchema.compile(rules.schema());
    if (fixtureItems.isEmpty() || contract.isEmpty()) {
      return Optional.empty();
    }
    List<String> properties = rules.properties();
    boolean plain =
        properties.contains(Project.ID)
            && properties.stream().noneMatch(p -> p.startsWith(MetadataDefinition.FIELD_PREFIX))
            && properties.containsAll(fixtureItems.get().required());
    return plain
        ? Optional.of(
            new FixtureRowRules(
                rules, fixtureItems.get(), contract.get(), company, rules.layout(company)))
        : Optional.empty();
  }

  Company company() {
    return company;
  }

  TableLayout layout() {
    return layout;
  }

  /** The indexed fields, in the order of their column numbers. */
  List<String> indexed() {
    return indexed;
  }

  int properties() {
    return properties.size();
  }

  /** The slot of the property {@code id}. */
  int idSlot() {
    return idSlot;
  }

  /** The slots of the properties the fixture schema requires. */
  int[] requiredSlots() {
    return requiredSlots;
  }

  /** Whether the contract lets the property of {@code slot} be null (as it is when absent). */
  boolean nullAllowed(int slot) {
    return nullAllowed[slot];
  }

  /** The indexed column of the property of {@code slot}, or -1. */
  int propertyColumn(int slot) {
    return propertyFields[slot].column();
  }

  /**
   * The code of the property of {@code slot} in the layout's codec, or {@link RowCodec#LITERAL}.
   */
  int propertyCode(int slot) {
    return slot < layout.codec().size() ? slot : RowCodec.LITERAL;
  }

  byte[] propertyName(int slot) {
    return propertyNames[slot];
  }

  /** The rendering {@code "name":} of the property of {@code slot}, as text. */
  String propertyText(int slot) {
    return propertyTexts[slot];
  }

  int metadataCode(int slot) {
    return metadataCodes[slot];
  }

  byte[] metadataName(int slot) {
    return metadataNames[slot];
  }

  /** The rendering {@code "metadata_<id>":} of the definition of {@code slot}, as text. */
  String metadataText(int slot) {
    return metadataTexts[slot];
  }

  int metadataColumn(int slot) {
    return metadataColumns[slot];
  }

  int definitions() {
    return definitions.size();
  }

  /** What the field {@code name} is checked against. */
  Field field(String name) {
    Field known = fields.get(name);
    if (known != null) {
      return known;
    }
    Field field = fieldOf(name);
    if (fields.size() < REMEMBERED_NAMES) {
      fields.put(name, field);
    }
    return field;
  }

  private Field fieldOf(String name) {
    int slot = properties.indexOf(name);
    if (slot >= 0) {
      return propertyFields[slot];
    }
    ScalarRules fixtureRules = fixture.field(name);
    if (!rules.isMetadataField(name)) {
      return new Field(
          new SerializedString(name), Role.OTHER, fixtureRules, null, null, -1, -1, null);
    }
    long id;
    try {
      id = Long.parseLong(name.substring(MetadataDefinition.FIELD_PREFIX.length()));
    } catch (NumberFormatException e) {
      id = -1;
    }
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i).id() == id) {
        String normalized = MetadataDefinition.FIELD_PREFIX + id;
        return new Field(
            new SerializedString(name),
            Role.METADATA,
            fixtureRules,
            contract.field(normalized),
            null,
            i,
            metadataColumns[i],
            definitions.get(i));
      }
    }
    // A metadata field of no definition (or no id): only a null or empty value, which is
    // dropped, passes.
    return new Field(
        new SerializedString(name), Role.METADATA, fixtureRules, null, null, -1, -1, null);
  }

  private int codeOf(byte[] name) {
    return layout.codec().code(name, 0, name.length, 0);
  }
}
