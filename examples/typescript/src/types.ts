// What the generated types let a strict TypeScript build write, and what they refuse: every
// `@ts-expect-error` line must fail to compile, or `tsc` fails.
import type { components, paths } from "./generated/api.js";

export type Project = components["schemas"]["Project"];
export type ListQuery = NonNullable<paths["/api/projects"]["get"]["parameters"]["query"]>;

/** A project as the API sends it, metadata included: a strict object literal compiles. */
export const sample: Project = {
  id: 1,
  created_at: "2025-10-28T10:23:49.972Z",
  updated_at: "2025-10-28T10:23:49.972Z",
  name: "First project",
  job_order: "jo_001",
  value: 1.5,
  probability: 50,
  date_start: "2024-01-01",
  duration: 4,
  is_archived: false,
  job_order_category_id: 1,
  client_id: 1,
  pm_id: 1,
  deleted_at: null,
  metadata_13: "IT",
};

/** A spread of a Project with one field changed compiles. */
export const raised: Project = { ...sample, probability: 90 };

/** Metadata are strings. */
export const department: string | undefined = sample.metadata_13;

/** Pagination takes numbers. */
export const page: ListQuery = { limit: 5, offset: 10, probability: "gt:50", deleted: "include" };

// @ts-expect-error a misspelt known field does not compile
export const misspelt = sample.nmae;

// @ts-expect-error nor does it in an object literal
export const misspeltLiteral: Project = { ...sample, nmae: "First project" };

// @ts-expect-error a metadata field holds a string
export const numericMetadata: Project = { ...sample, metadata_14: 3 };

// @ts-expect-error limit is a number, not text
export const textLimit: ListQuery = { limit: "5" };

// @ts-expect-error deleted is one of exclude, include and only
export const unknownDeletion: ListQuery = { deleted: "all" };
