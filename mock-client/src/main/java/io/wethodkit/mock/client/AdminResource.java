package io.wethodkit.mock.client;

/** What an admin route acts on; the routes of {@link AdminRouteTable} are grouped by it. */
public enum AdminResource {
  /** The whole state: reset, generation, read and replacement. */
  DATASET,
  /** The projects of a company. */
  PROJECTS,
  /** Who a bearer token stands for. */
  IDENTITIES,
  /** What an identity may do in each company. */
  PERMISSIONS,
  /** The mock clock, which stamps changes. */
  CLOCK,
  /** Which of the endpoint's behaviours the clients have met. */
  COVERAGE,
  /** The console's page and what it reads: model, recent calls, explanations. */
  CONSOLE
}
