package io.wethodkit.mock.admin.task;

import io.wethodkit.mock.client.MockCoverage;
import io.wethodkit.mock.store.Company;
import io.wethodkit.mock.store.Dataset;
import io.wethodkit.mock.store.DatasetJson;
import io.wethodkit.mock.store.Identity;
import io.wethodkit.mock.store.MockClock;
import io.wethodkit.mock.store.MockState;
import io.wethodkit.mock.store.NotFoundException;
import io.wethodkit.mock.store.Project;

/**
 * What the state's tasks act on: the state, the JSON form of its data (read and written by the
 * contract's rules), the clock that stamps {@code updated_at} and {@code deleted_at}, and the
 * coverage that the state's reset starts again. A task computes the next dataset from the current
 * one and fails before swapping anything.
 */
public final class AdminState implements TaskContext {

  private final MockState state;
  private final DatasetJson json;
  private final MockCoverage coverage;
  private final String invalidKey;

  public AdminState(MockState state, DatasetJson json, MockCoverage coverage) {
    this.state = state;
    this.json = json;
    this.coverage = coverage;
    this.invalidKey = json.contract().error(400).key();
  }

  public MockState state() {
    return state;
  }

  /** Which behaviours the endpoint's clients have met. */
  public MockCoverage coverage() {
    return coverage;
  }

  public DatasetJson json() {
    return json;
  }

  public MockClock clock() {
    return state.clock();
  }

  @Override
  public String invalidKey() {
    return invalidKey;
  }

  /** The Project property that marks a soft delete, as the contract names it. */
  public String deletionField() {
    return json.contract().deletionFilter().field();
  }

  public static Company company(Dataset data, String slug) {
    return data.company(slug)
        .orElseThrow(() -> new NotFoundException("No company has the slug '" + slug + "'."));
  }

  public static Project project(Dataset data, String slug, long id) {
    company(data, slug);
    return data.project(slug, id)
        .orElseThrow(
            () -> new NotFoundException("Company '" + slug + "' has no project " + id + "."));
  }

  public static Identity identity(Dataset data, String name) {
    return data.identity(name)
        .orElseThrow(() -> new NotFoundException("No identity is named '" + name + "'."));
  }
}
