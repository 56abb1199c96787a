package io.wethodkit.conformance.catalogue;

import java.util.List;

/** The whole of {@code requirements.yaml} as written. */
record CatalogueFile(List<Area> areas, List<CatalogueEntry> requirements) {}
