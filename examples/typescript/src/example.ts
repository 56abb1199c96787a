// Calls GET /api/projects through openapi-fetch with the types generated from the contract, and
// checks each answer against the whole list read page by page: pagination, every filter and
// operator, deleted, and the error answers narrowed by their key.
//
// Usage: node dist/example.js <base URL>   (for instance http://127.0.0.1:8080, the mock)
import createClient from "openapi-fetch";
import type { paths } from "./generated/api.js";
import type { ListQuery, Project } from "./types.js";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:8080";
const headers = { "Wethod-Company": "acme", "Wethod-Version": "2024-06-15" };
const api = createClient<paths>({ baseUrl, headers: { Authorization: "Bearer tok-both" } });
const anonymous = createClient<paths>({ baseUrl });

let checks = 0;
function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error("failed: " + what);
  }
  checks++;
}

async function list(query: ListQuery): Promise<Project[]> {
  const { data, error, response } = await api.GET("/api/projects", { params: { header: headers, query } });
  if (error !== undefined) {
    throw new Error(`${response.status} ${error.key}: ${error.message} for ${JSON.stringify(query)}`);
  }
  return data;
}

/** Every project that `deleted` selects, page by page. */
async function all(deleted: "exclude" | "include" | "only"): Promise<Project[]> {
  const out: Project[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await list({ deleted, limit: 100, offset });
    out.push(...page);
    if (page.length < 100) {
      return out;
    }
  }
}

const ids = (projects: Project[]): string => projects.map((p) => p.id).join(",");

async function pages(): Promise<void> {
  const first = await list({ limit: 5, offset: 0 });
  const second = await list({ limit: 5, offset: 5 });
  const both = await list({ limit: 10 });
  check(first.length === 5 && second.length === 5, "two full pages of 5");
  check(ids([...first, ...second]) === ids(both), "two pages make the first ten");
  console.log(`ok pages: ${ids(first)} then ${ids(second)}`);
}

async function deletion(included: Project[]): Promise<void> {
  const excluded = await all("exclude");
  const only = await all("only");
  check(ids(excluded) === ids(included.filter((p) => p.deleted_at == null)), "deleted=exclude");
  check(ids(only) === ids(included.filter((p) => p.deleted_at != null)), "deleted=only");
  check(only.length > 0 && excluded.length > 0, "both kinds of project exist");
  console.log(`ok deleted: exclude ${excluded.length}, only ${only.length}, include ${included.length}`);
}

type Operator = "eq" | "gt" | "lt";
const OPERATORS: Operator[] = ["eq", "gt", "lt"];
const written = (operator: Operator, value: string): string => (operator === "eq" ? value : `${operator}:${value}`);

/** The calendar date of an instant in a fixed offset of `minutes` east of UTC. */
function dateIn(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString().slice(0, 10);
}

async function filters(included: Project[]): Promise<void> {
  const cases: Array<{
    name: "updated_at" | "deleted_at" | "probability" | "date_start";
    value: string;
    matches: (p: Project, op: Operator) => boolean;
  }> = [
    {
      name: "updated_at",
      value: "2024-11-28T05:40:48+02:00",
      matches: (p, op) =>
        op === "eq"
          ? dateIn(p.updated_at, 120) === "2024-11-28"
          : op === "gt"
            ? Date.parse(p.updated_at) > Date.parse("2024-11-28T05:40:48+02:00")
            : Date.parse(p.updated_at) < Date.parse("2024-11-28T05:40:48+02:00"),
    },
    {
      name: "deleted_at",
      value: "2024-07-01T00:00:00+02:00",
      matches: (p, op) =>
        p.deleted_at != null &&
        (op === "eq"
          ? dateIn(p.deleted_at, 120) === "2024-07-01"
          : op === "gt"
            ? Date.parse(p.deleted_at) > Date.parse("2024-07-01T00:00:00+02:00")
            : Date.parse(p.deleted_at) < Date.parse("2024-07-01T00:00:00+02:00")),
    },
    {
      name: "probability",
      value: "50",
      matches: (p, op) => (op === "eq" ? p.probability === 50 : op === "gt" ? p.probability > 50 : p.probability < 50),
    },
    {
      name: "date_start",
      value: "2024-08-01",
      matches: (p, op) =>
        op === "eq" ? p.date_start === "2024-08-01" : op === "gt" ? p.date_start > "2024-08-01" : p.date_start < "2024-08-01",
    },
  ];
  for (const { name, value, matches } of cases) {
    for (const operator of OPERATORS) {
      const found = await list({ deleted: "include", limit: 100, [name]: written(operator, value) });
      const expected = included.filter((p) => matches(p, operator));
      check(found.length > 0 && ids(found) === ids(expected), `${name} ${operator}`);
      console.log(`ok filter ${name}=${written(operator, value)}: ${found.length} projects`);
    }
  }
}

async function errors(): Promise<void> {
  const invalid = await api.GET("/api/projects", {
    params: { header: headers, query: { probability: "101", limit: 0 } },
  });
  const unauthorized = await anonymous.GET("/api/projects", { params: { header: headers } });
  const forbidden = await api.GET("/api/projects", {
    params: { header: { ...headers, "Wethod-Company": "initech" } },
  });
  const precondition = await api.GET("/api/projects", {
    params: { header: { ...headers, "Wethod-Version": "2020-01-01" } },
  });
  const answers = [invalid, unauthorized, forbidden, precondition];
  const seen: string[] = [];
  for (const { error, response } of answers) {
    check(error !== undefined, `an error answer for ${response.status}`);
    if (error === undefined) {
      continue;
    }
    // The error bodies are a union told apart by `key`.
    switch (error.key) {
      case "invalid_data":
        check(response.status === 400, "invalid_data is a 400");
        check(
          error.failures.map((f) => f.field).sort().join(",") === "limit,probability",
          "every invalid parameter is listed",
        );
        break;
      case "unauthorized":
        check(response.status === 401 && response.headers.get("WWW-Authenticate") === "Bearer", "a 401 with its challenge");
        break;
      case "forbidden":
        check(response.status === 403, "forbidden is a 403");
        break;
      case "precondition_failure":
        check(response.status === 412, "precondition_failure is a 412");
        break;
    }
    seen.push(`${response.status} ${error.key}`);
  }
  console.log(`ok errors: ${seen.join(", ")}`);
}

const included = await all("include");
check(included.some((p) => p.metadata_13 !== undefined), "metadata_13 arrives as a typed field");
await pages();
await deletion(included);
await filters(included);
await errors();
console.log(`${checks} checks passed`);
