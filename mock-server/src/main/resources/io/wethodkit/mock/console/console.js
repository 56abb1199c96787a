"use strict";
// The console: plain DOM code, no library, so the page works offline and needs no build.
// Every admin call goes through adminFetch, which adds the admin token when one is set. The
// routes, their paths and the token's header come from the server, in the page's admin-api block.
(function () {
  const API = JSON.parse(document.getElementById("admin-api").textContent);
  const ADMIN_TOKEN_KEY = "wethod-mock-admin-token";
  const NO_IDENTITY = "";
  // The table shows a project's id and name, then the fields the contract filters on.
  let columns = ["id", "name"];

  let model = null;
  let identities = [];
  let lastCall = 0;
  let callsCapacity = 200;
  let polling = null;
  let answered = 0;

  const $ = (id) => document.getElementById(id);

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === false || value === null || value === undefined) return;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  // --- Admin calls and the admin token -------------------------------------------------------

  // The path of the route with this id, its {parameters} replaced in order by values.
  function adminPath(id, ...values) {
    let next = 0;
    return API.adminPath + API.routes[id].path.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(values[next++])));
  }

  function adminToken() {
    return sessionStorage.getItem(ADMIN_TOKEN_KEY);
  }

  async function adminFetch(path, options) {
    const init = Object.assign({}, options || {});
    init.headers = Object.assign({}, init.headers || {});
    const token = adminToken();
    if (token) init.headers[API.tokenHeader] = API.tokenScheme + " " + token;
    const response = await fetch(path, init);
    if (response.status === 401) {
      askForAdminToken(token ? "The admin token was refused. Enter the right one." : null);
      throw new Error("The admin API asks for an admin token.");
    }
    return response;
  }

  async function adminJson(path, options) {
    const response = await adminFetch(path, options);
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (e) {
      body = { message: text };
    }
    if (!response.ok) {
      const message = body && body.message ? body.message : "HTTP " + response.status;
      throw new Error(message + " (" + response.status + (body && body.key ? " " + body.key : "") + ")");
    }
    return body;
  }

  function askForAdminToken(problem) {
    $("admin-token-section").hidden = false;
    if (problem) showNotice(problem);
    $("admin-token").focus();
  }

  function showNotice(text) {
    const notice = $("notice");
    notice.textContent = text;
    notice.hidden = !text;
  }

  // --- Model and identities ------------------------------------------------------------------

  async function loadModel() {
    model = await adminJson(adminPath("console.model"));
    $("endpoint-path").textContent = "GET " + model.path;
    $("company-label").textContent = model.companyHeader + " header (company)";
    $("version-label").textContent = model.versionHeader + " header (API version)";
    $("deleted-label").textContent = model.deletion.parameter + " (deletion status)";
    $("limit-label").textContent = model.limit.parameter + " (" + model.limit.grammar + ", default " + model.limit.default + ")";
    $("offset-label").textContent = model.offset.parameter + " (" + model.offset.grammar + ", default " + model.offset.default + ")";
    $("version").value = $("version").value || model.supportedVersions[0] || "";
    const list = $("company-list");
    list.replaceChildren(...model.companies.map((c) => el("option", { value: c.slug, text: c.name })));
    $("project-company").replaceChildren(...model.companies.map((c) => el("option", { value: c.slug, text: c.slug + " (" + c.name + ")" })));
    buildFilters();
    buildDeletion();
    buildColumns();
  }

  function buildFilters() {
    const box = $("filters");
    box.replaceChildren();
    model.filters.forEach((filter) => {
      const opId = "filter-" + filter.parameter + "-op";
      const valueId = "filter-" + filter.parameter + "-value";
      const hintId = "filter-" + filter.parameter + "-hint";
      const operators = el("select", { id: opId, "aria-label": filter.parameter + " operator" },
        filter.operators.map((op) => el("option", { value: op.prefix, text: operatorLabel(op, filter.type) })));
      const value = el("input", { id: valueId, name: filter.parameter, autocomplete: "off", "aria-describedby": hintId,
        placeholder: placeholder(filter.type) });
      box.append(el("div", { className: "filter" },
        el("label", { for: valueId, text: filter.parameter + " (" + filter.field + ")" }),
        el("div", { className: "pair" }, operators, value),
        el("span", { className: "hint", id: hintId, text: filter.grammar })));
    });
  }

  function operatorLabel(op, type) {
    const dated = type !== "integer";
    if (op.name === "eq") return type === "date-time" ? "on date" : "equals";
    if (op.name === "gt") return (dated ? "after" : "above") + " (" + op.prefix + ")";
    if (op.name === "lt") return (dated ? "before" : "below") + " (" + op.prefix + ")";
    return op.name + (op.prefix ? " (" + op.prefix + ")" : "");
  }

  function placeholder(type) {
    return type === "integer" ? "50" : type === "date" ? "2024-01-01" : "2024-01-01T20:00:00+02:00";
  }

  function buildDeletion() {
    const select = $("deleted");
    select.replaceChildren(el("option", { value: "", text: "(not sent: " + model.deletion.default + ")" }),
      ...model.deletion.values.map((v) => el("option", { value: v.value, text: v.value + " (keeps " + v.keeps + ")" })));
  }

  function buildColumns() {
    const fields = model.filters.map((f) => f.field).concat([model.deletion.field]);
    columns = ["id", "name"].concat(fields.filter((f, i) => fields.indexOf(f) === i && f !== "id" && f !== "name"));
    const row = document.querySelector("#projects thead tr");
    row.replaceChildren(...columns.map((c) => el("th", { scope: "col", text: c })),
      el("th", { scope: "col", text: "marks" }));
  }

  async function loadIdentities() {
    identities = await adminJson(adminPath("identities.list"));
    const body = document.querySelector("#identities tbody");
    body.replaceChildren(...identities.map(identityRow));
    const select = $("identity");
    const hadChoice = select.options.length > 0;
    const chosen = select.value;
    select.replaceChildren(
      ...identities.map((i) => el("option", { value: i.name, text: i.name + " (" + i.token + ")" + (i.revoked ? " revoked" : "") })),
      el("option", { value: NO_IDENTITY, text: "(no Authorization header)" }));
    if (hadChoice && (chosen === NO_IDENTITY || identities.some((i) => i.name === chosen))) select.value = chosen;
    $("snippets").replaceChildren(...identities.map(snippets));
  }

  function permissionsText(identity) {
    const entries = Object.entries(identity.permissions);
    if (entries.length === 0) return "no company";
    return entries.map(([company, granted]) => company + ": " + (granted.length ? granted.join(", ") : "(none)")).join("; ");
  }

  function identityRow(identity) {
    const copy = el("button", { type: "button", "aria-label": "Copy the token of " + identity.name, text: "Copy" });
    copy.addEventListener("click", () => copyText(identity.token, "The token of " + identity.name + " is copied."));
    const use = el("button", { type: "button", "aria-label": "Use " + identity.name + " in the request form", text: "Use" });
    use.addEventListener("click", () => useIdentity(identity));
    const revoke = el("button", { type: "button", "aria-label": (identity.revoked ? "Unrevoke " : "Revoke ") + identity.name,
      text: identity.revoked ? "Unrevoke" : "Revoke" });
    revoke.addEventListener("click", () => stateChange(identity.revoked ? "identities.unrevoke" : "identities.revoke", [identity.name]));
    return el("tr", { "data-name": identity.name },
      el("th", { scope: "row", text: identity.name }),
      el("td", {}, el("code", { text: identity.token }), " ", copy),
      el("td", { text: identity.personId }),
      el("td", { text: permissionsText(identity) }),
      el("td", { text: identity.revoked ? "yes" : "no" }),
      el("td", {}, use, " ", revoke));
  }

  function snippets(identity) {
    const company = Object.keys(identity.permissions)[0] || (model.companies[0] || {}).slug || "";
    const url = location.origin + model.path + "?limit=5";
    const version = model.supportedVersions[0] || "";
    const curl = "curl -s -H 'Authorization: Bearer " + identity.token + "' -H '" + model.companyHeader + ": " + company +
      "' \\\n     -H '" + model.versionHeader + ": " + version + "' '" + url + "'";
    const fetchCall = "const response = await fetch(\"" + url + "\", {\n  headers: {\n    Authorization: \"Bearer " +
      identity.token + "\",\n    \"" + model.companyHeader + "\": \"" + company + "\",\n    \"" + model.versionHeader +
      "\": \"" + version + "\",\n  },\n});\nconst projects = await response.json();";
    const copyCurl = el("button", { type: "button", text: "Copy curl" });
    copyCurl.addEventListener("click", () => copyText(curl, "The curl of " + identity.name + " is copied."));
    const copyFetch = el("button", { type: "button", text: "Copy fetch" });
    copyFetch.addEventListener("click", () => copyText(fetchCall, "The fetch of " + identity.name + " is copied."));
    return el("details", { "data-name": identity.name },
      el("summary", { text: "curl and fetch for " + identity.name }),
      el("pre", {}, el("code", { text: curl })), copyCurl,
      el("pre", {}, el("code", { text: fetchCall })), copyFetch);
  }

  async function copyText(text, done) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      // Without clipboard access (plain http on another host), select it for Ctrl-C instead.
      const area = el("textarea", { "aria-label": "Text to copy", readonly: true });
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand && document.execCommand("copy");
      area.remove();
    }
    $("state-result").textContent = done;
  }

  function useIdentity(identity) {
    $("identity").value = identity.name;
    const companies = Object.keys(identity.permissions);
    if (companies.length) $("company").value = companies[0];
    $("identity").focus();
  }

  // --- The endpoint call -----------------------------------------------------------------------

  function encodeValue(value) {
    // Keeps the operator's colon readable; everything else (the + of an offset too) is encoded.
    return encodeURIComponent(value).replace(/%3A/gi, ":");
  }

  function queryString() {
    const parts = [];
    model.filters.forEach((filter) => {
      const value = $("filter-" + filter.parameter + "-value").value.trim();
      if (value !== "") parts.push(filter.parameter + "=" + encodeValue($("filter-" + filter.parameter + "-op").value + value));
    });
    if ($("deleted").value) parts.push(model.deletion.parameter + "=" + encodeValue($("deleted").value));
    const limit = $("limit").value.trim();
    if (limit !== "") parts.push(model.limit.parameter + "=" + encodeValue(limit));
    const offset = $("offset").value.trim();
    if (offset !== "") parts.push(model.offset.parameter + "=" + encodeValue(offset));
    const extra = $("extra-query").value.trim().replace(/^[?&]+/, "");
    if (extra !== "") parts.push(extra);
    return parts.join("&");
  }

  function requestHeaders() {
    const identity = identities.find((i) => i.name === $("identity").value);
    const sent = {};
    const written = $("authorization").value.trim();
    if (written) sent.authorization = written;
    else if (identity) sent.authorization = "Bearer " + identity.token;
    sent.company = $("company").value;
    sent.version = $("version").value;
    return sent;
  }

  async function send() {
    const query = queryString();
    const sent = requestHeaders();
    const url = model.path + (query ? "?" + query : "");
    const headers = {};
    if (sent.authorization) headers["Authorization"] = sent.authorization;
    headers[model.companyHeader] = sent.company;
    headers[model.versionHeader] = sent.version;
    $("request-line").textContent = "GET " + url;
    const status = $("status");
    status.textContent = "…";
    let response;
    try {
      response = await fetch(url, { headers: headers, cache: "no-store" });
    } catch (e) {
      status.textContent = "no answer";
      status.className = "status-error";
      showNotice("The call failed: " + e.message);
      document.body.setAttribute("data-answered", String(++answered));
      return;
    }
    const text = await response.text();
    status.textContent = response.status + " " + (response.statusText || "");
    status.className = response.ok ? "status-ok" : "status-error";
    let body = null;
    try {
      body = JSON.parse(text);
    } catch (e) {
      body = null;
    }
    showProjects(response.status, body);
    await explain(sent, query);
    await loadCoverage();
    // Marks the end of one call and its explanation, for whoever waits on the page (tests, tools).
    document.body.setAttribute("data-answered", String(++answered));
    pollCalls();
  }

  function showProjects(status, body) {
    const tbody = document.querySelector("#projects tbody");
    if (status !== 200 || !Array.isArray(body)) {
      tbody.replaceChildren();
      $("projects-summary").textContent = "No list: the API answered " + status +
        (body && body.key ? " " + body.key + ": " + body.message.replace(/\.$/, "") : "") + ".";
      return;
    }
    const field = model.deletion.field;
    tbody.replaceChildren(...body.map((project) => {
      const deleted = project[field] !== null && project[field] !== undefined;
      return el("tr", { "data-id": project.id, className: deleted ? "deleted" : "" },
        columns.map((c) => el("td", { text: project[c] === null || project[c] === undefined ? "" : project[c] })),
        el("td", { className: "mark" }, deleted ? el("span", { className: "badge deleted", text: "deleted" }) : ""));
    }));
    $("projects-summary").textContent = body.length + " project" + (body.length === 1 ? "" : "s") + " on this page.";
  }

  // --- Explanations ----------------------------------------------------------------------------

  async function explain(sent, query) {
    const box = $("explanation");
    try {
      const why = await adminJson(adminPath("console.explain"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(Object.assign({ query: query }, sent)),
      });
      box.replaceChildren(...(why.status === 200 ? listExplanation(why) : refusalExplanation(why)));
      showOnlyChosenProject();
    } catch (e) {
      box.replaceChildren(el("p", { className: "error", text: "No explanation: " + e.message }));
    }
  }

  function interpretationBlock(interpretations) {
    return interpretations.map((i) => el("p", { className: "interpretation" },
      el("strong", { text: "Interpretation " + i.number + " (" + i.title + "). " }), i.text));
  }

  function refusalExplanation(why) {
    const nodes = [
      el("p", { id: "explanation-cause" }, el("strong", { text: why.status + " " + why.key + " (" + why.cause + "): " }), why.message),
    ];
    if (why.facts.length) nodes.push(el("ul", { id: "explanation-facts" }, why.facts.map((f) => el("li", { text: f }))));
    if (why.failures.length) {
      nodes.push(el("ul", { id: "explanation-failures" }, why.failures.map((f) =>
        el("li", {}, el("code", { text: f.field }), ": " + f.message + " ",
          f.interpretations.map((i) => "(Interpretation " + i.number + ") ")))));
    }
    nodes.push(el("div", { id: "explanation-interpretations" }, interpretationBlock(why.interpretations)));
    return nodes;
  }

  function listExplanation(why) {
    const summary = el("p", { id: "explanation-summary",
      text: why.identity + " (person " + why.personId + ") sees " + why.sees.join(" and ") + " projects in " + why.company +
        ": " + why.selected + " selected, " + why.listed + " on this page (offset " + why.offset + ", limit " + why.limit + ")." });
    const rows = why.projects.map((p) => el("tr", { "data-id": p.id },
      el("th", { scope: "row", text: p.id }),
      el("td", { text: p.name }),
      el("td", {}, p.listed ? el("span", { className: "badge listed", text: "listed" }) : "not listed",
        p.deleted ? el("span", { className: "badge deleted", text: "deleted" }) : ""),
      el("td", {}, el("ul", { className: "reasons" }, p.reasons.map((r) => el("li", { text: r }))))));
    const table = el("table", { id: "why-projects" },
      el("caption", { text: "Every project of " + why.company + ", and why it is or is not in the answer" }),
      el("thead", {}, el("tr", {}, ["id", "name", "in the answer", "why"].map((h) => el("th", { scope: "col", text: h })))),
      el("tbody", {}, rows));
    return [summary, el("div", { className: "scroll" }, table)];
  }

  function showOnlyChosenProject() {
    const id = $("why-project").value.trim();
    document.querySelectorAll("#why-projects tbody tr").forEach((row) => {
      row.hidden = id !== "" && row.getAttribute("data-id") !== id;
    });
  }

  // --- Coverage --------------------------------------------------------------------------------

  async function loadCoverage() {
    try {
      const coverage = await adminJson(adminPath("coverage.read"));
      const summary = coverage.summary.covered + " of " + coverage.summary.total + " behaviours met since " +
        new Date(coverage.since).toLocaleString() + ".";
      $("coverage-summary").textContent = coverage.recording ? summary
        : "Calls are not recorded: the mock was started with --no-coverage.";
      const never = coverage.behaviours.filter((b) => !b.covered);
      const covered = coverage.behaviours.filter((b) => b.covered);
      $("coverage-never").replaceChildren(...never.map(neverMet));
      $("coverage-covered").replaceChildren(...covered.map(met));
      document.body.setAttribute("data-coverage", String(coverage.summary.covered));
    } catch (e) {
      $("coverage-summary").textContent = "No coverage: " + e.message;
    }
  }

  function behaviourHead(behaviour) {
    return [el("code", { text: behaviour.id }), " ", el("span", { className: "family", text: behaviour.family }),
      el("span", { className: "note", text: behaviour.description })];
  }

  function neverMet(behaviour) {
    const item = el("li", { "data-id": behaviour.id }, behaviourHead(behaviour));
    const request = behaviour.howToMeet;
    if (!request) {
      item.append(el("span", { className: "how error", text: "Cannot be met on the current data: " + behaviour.cannotMeet }));
      return item;
    }
    item.append(el("code", { className: "how", text: describeRequest(request) }),
      el("span", { className: "note", text: request.note }));
    if (request.console) {
      const button = el("button", { type: "button", "aria-label": "Send the request that meets " + behaviour.id, text: "Send it" });
      button.addEventListener("click", () => sendReady(request));
      item.append(button);
    } else {
      item.append(el("span", { className: "note", text: "The console cannot send it: a browser sends it on its own. With curl: " + curlOf(request) }));
    }
    return item;
  }

  function met(behaviour) {
    const example = behaviour.example;
    const first = example ? example.method + " " + example.path + (example.query ? "?" + example.query : "") +
      (example.identity ? " as " + example.identity : "") : "";
    return el("li", { "data-id": behaviour.id }, behaviourHead(behaviour),
      el("span", { className: "how", text: behaviour.calls + (behaviour.calls === 1 ? " call" : " calls") + (first ? ", first " : "") },
        first ? el("code", { text: first }) : ""));
  }

  function describeRequest(request) {
    const parts = [request.method + " " + request.path + (request.query ? "?" + request.query : "")];
    if (request.identity) parts.push("as " + request.identity);
    else if (request.authorization) parts.push("Authorization: " + request.authorization);
    else if (request.method === "GET") parts.push("without Authorization");
    Object.entries(request.headers).forEach(([name, value]) => parts.push(name + ": " + value));
    return parts.join("; ");
  }

  function curlOf(request) {
    const headers = Object.entries(request.headers).map(([name, value]) => " -H '" + name + ": " + value + "'").join("");
    return "curl -s -i -X " + request.method + headers + " '" + location.origin + request.path +
      (request.query ? "?" + request.query : "") + "'";
  }

  // Fills the form with a ready request, each parameter in its field when the field sends it as
  // written, the rest as written, then sends it.
  function sendReady(request) {
    $("identity").value = request.identity || NO_IDENTITY;
    $("authorization").value = request.authorization || "";
    $("company").value = request.headers[model.companyHeader] || "";
    $("version").value = request.headers[model.versionHeader] || "";
    model.filters.forEach((f) => {
      $("filter-" + f.parameter + "-value").value = "";
      $("filter-" + f.parameter + "-op").selectedIndex = 0;
    });
    $("deleted").value = "";
    $("limit").value = "";
    $("offset").value = "";
    const rest = [];
    const placed = new Set();
    (request.query ? request.query.split("&") : []).forEach((pair) => {
      const eq = pair.indexOf("=");
      const name = eq < 0 ? pair : pair.slice(0, eq);
      const raw = eq < 0 ? null : pair.slice(eq + 1);
      let value = null;
      try {
        value = raw === null ? null : decodeURIComponent(raw);
      } catch (e) {
        value = null;
      }
      const asWritten = value !== null && value !== "" && !raw.includes("+") && encodeValue(value) === raw;
      if (asWritten && !placed.has(name) && placeInForm(name, value)) placed.add(name);
      else rest.push(pair);
    });
    $("extra-query").value = rest.join("&");
    if (request.authorization || rest.length) $("as-written").open = true;
    send();
  }

  function placeInForm(name, value) {
    const filter = model.filters.find((f) => f.parameter === name);
    if (filter) {
      const prefixed = filter.operators.find((op) => op.prefix && value.startsWith(op.prefix));
      const operator = prefixed || filter.operators.find((op) => !op.prefix);
      if (!operator) return false;
      $("filter-" + name + "-op").value = operator.prefix;
      $("filter-" + name + "-value").value = value.slice(operator.prefix.length);
      return true;
    }
    if (name === model.deletion.parameter && model.deletion.values.some((v) => v.value === value)) {
      $("deleted").value = value;
      return true;
    }
    if (name === model.limit.parameter) {
      $("limit").value = value;
      return true;
    }
    if (name === model.offset.parameter) {
      $("offset").value = value;
      return true;
    }
    return false;
  }

  // --- Recent calls ----------------------------------------------------------------------------

  async function pollCalls() {
    try {
      const answer = await adminJson(adminPath("console.calls") + "?after=" + lastCall);
      callsCapacity = answer.capacity;
      if (answer.last < lastCall) lastCall = 0; // the server restarted
      const newCalls = answer.last !== lastCall;
      lastCall = answer.last;
      // Other clients' calls change the coverage: read it again when there are new ones.
      if (newCalls) loadCoverage();
      const tbody = document.querySelector("#calls tbody");
      const rows = answer.calls.map((call) => el("tr", { "data-sequence": call.sequence },
        el("td", { text: new Date(call.epochMillis).toLocaleTimeString() }),
        el("td", { text: call.identity || "(unknown)" }),
        el("td", {}, el("code", { text: call.query ? "?" + call.query : "" })),
        el("td", { text: call.status }),
        el("td", { text: call.micros >= 1000 ? (call.micros / 1000).toFixed(1) + " ms" : call.micros + " µs" }),
        el("td", { text: call.cause || "" })));
      tbody.prepend(...rows);
      while (tbody.rows.length > callsCapacity) tbody.deleteRow(tbody.rows.length - 1);
    } catch (e) {
      // The next poll retries; a missing admin token is already asked for.
    }
  }

  // --- State -----------------------------------------------------------------------------------

  // Calls the route with this id and shows its answer; values fill its path's parameters.
  async function stateChange(id, values, body) {
    const result = $("state-result");
    const method = API.routes[id].method;
    const path = adminPath(id, ...values);
    try {
      const init = { method: method };
      if (body !== undefined) {
        init.headers = { "Content-Type": "application/json" };
        init.body = body;
      }
      const answer = await adminJson(path, init);
      // Shown once the page shows the new state, so "done" means the tables are up to date.
      await Promise.all([loadIdentities(), loadClock(), loadCoverage()]);
      result.className = "";
      result.textContent = method + " " + path + ": done" + (answer && answer.message ? ". " + answer.message : ".");
      return true;
    } catch (e) {
      result.className = "error";
      result.textContent = method + " " + path + " was refused: " + e.message;
      return false;
    }
  }

  // The company and id of the project the state form names.
  function chosenProject() {
    return [$("project-company").value, $("project-id").value.trim()];
  }

  async function loadClock() {
    try {
      const clock = await adminJson(adminPath("clock.read"));
      $("clock-now").textContent = clock.now + " (" + clock.mode + ")";
    } catch (e) {
      $("clock-now").textContent = "unknown";
    }
  }

  function setClock() {
    const fixed = $("clock-fixed").checked;
    const body = fixed ? { mode: "fixed", instant: $("clock-instant").value.trim() } : { mode: "real" };
    return stateChange("clock.set", [], JSON.stringify(body));
  }

  // --- Wiring ----------------------------------------------------------------------------------

  function wire() {
    $("query-form").addEventListener("submit", (event) => {
      event.preventDefault();
      send();
    });
    $("why-project").addEventListener("input", showOnlyChosenProject);
    $("previous-page").addEventListener("click", () => page(-1));
    $("next-page").addEventListener("click", () => page(1));
    $("clear-filters").addEventListener("click", () => {
      model.filters.forEach((f) => ($("filter-" + f.parameter + "-value").value = ""));
      $("deleted").value = "";
      $("offset").value = "";
      $("extra-query").value = "";
    });
    $("coverage-reset").addEventListener("click", () => stateChange("coverage.reset", []));
    $("reset-form").addEventListener("submit", (event) => {
      event.preventDefault();
      stateChange("dataset.reset", []);
    });
    $("clock-form").addEventListener("submit", (event) => {
      event.preventDefault();
      setClock();
    });
    $("soft-delete").addEventListener("click", () => stateChange("projects.soft-delete", chosenProject()));
    $("restore").addEventListener("click", () => stateChange("projects.restore", chosenProject()));
    $("edit-project").addEventListener("click", () => stateChange("projects.update", chosenProject(), $("project-patch").value));
    $("admin-token-form").addEventListener("submit", (event) => {
      event.preventDefault();
      sessionStorage.setItem(ADMIN_TOKEN_KEY, $("admin-token").value);
      $("admin-token-section").hidden = true;
      showNotice("");
      start();
    });
  }

  function page(direction) {
    const limit = Number($("limit").value.trim() || model.limit.default);
    const offset = Number($("offset").value.trim() || model.offset.default);
    $("offset").value = String(Math.max(model.offset.minimum, offset + direction * limit));
    send();
  }

  async function start() {
    try {
      await loadModel();
      await Promise.all([loadIdentities(), loadClock(), loadCoverage()]);
      if (!$("company").value && model.companies.length) $("company").value = model.companies[0].slug;
      document.body.setAttribute("data-ready", "true");
      if (!polling) polling = setInterval(pollCalls, 1000);
      pollCalls();
    } catch (e) {
      if (!$("admin-token-section").hidden) return;
      showNotice("The console cannot load: " + e.message);
    }
  }

  wire();
  start();
})();
