package io.wethodkit.mock.endpoint;

import io.wethodkit.contract.DeletionScope;
import io.wethodkit.contract.FilterOperator;
import io.wethodkit.contract.Visibility;
import io.wethodkit.contract.semantics.FieldFailure;
import java.util.List;
import java.util.Set;

/**
 * The facts of one answer, small enough to keep for every request: what was refused and why, or
 * which filters, deletion scope, page and permission scope the list was served with.
 *
 * @param status the status answered
 * @param cause the refusal's cause (one of the contract's error causes, {@code invalid-data} for a
 *     400), or null for a list
 * @param refusedBy the name of the check that refused, or null
 * @param invalidParameters the parameters a 400 lists, in its order
 * @param failureKinds the kinds of mistake among a 400's failures
 * @param scope what the caller's permissions let it see; empty when not granted
 * @param filters the filters used, in the query's order
 * @param deletion the deletion scope, or null when not served
 * @param deletionGiven whether the request named the deletion parameter
 * @param limit the page size asked (the default when not given), 0 when not served
 * @param limitGiven whether the request named the limit
 * @param offset the offset asked, 0 when not served
 * @param offsetGiven whether the request named the offset
 * @param listed how many projects the page holds
 * @param maxLimit whether the limit is the contract's maximum
 * @param metadataShown whether a project of the page carries a metadata field
 */
public record AnswerFacts(
    int status,
    String cause,
    String refusedBy,
    List<String> invalidParameters,
    Set<FieldFailure.Kind> failureKinds,
    Set<Visibility> scope,
    List<FilterUse> filters,
    DeletionScope deletion,
    boolean deletionGiven,
    long limit,
    boolean limitGiven,
    long offset,
    boolean offsetGiven,
    int listed,
    boolean maxLimit,
    boolean metadataShown) {

  public AnswerFacts {
    invalidParameters = List.copyOf(invalidParameters);
    failureKinds = Set.copyOf(failureKinds);
    scope = Set.copyOf(scope);
    filters = List.copyOf(filters);
  }

  /** One filter of a served request: its parameter and the operator used. */
  public record FilterUse(String parameter, FilterOperator operator) {}

  /** Whether the page was served with the default limit. */
  public boolean defaultLimit() {
    return deletion != null && !limitGiven;
  }

  /** Whether the page starts after the first project. */
  public boolean laterPage() {
    return offset > 0;
  }

  /** Whether the page holds projects but fewer than the limit: the last page of the list. */
  public boolean shortPage() {
    return listed > 0 && listed < limit;
  }

  /** Whether the page is empty because its offset lies past the end of the list. */
  public boolean pastEnd() {
    return deletion != null && listed == 0 && offset > 0;
  }
}
