// The live debug page: everything it shows comes from the control API and its /events stream.
"use strict";

const $ = (id) => document.getElementById(id);
const connections = new Map();
const frames = [];
const upgradeViolations = new Map(); // connection id -> the violation of its upgrade
let selected = "";
let followLog = true;
let token = sessionStorage.getItem("mock-control-token");

async function api(method, path, body, retried) {
  const headers = body === undefined ? {} : { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && !retried) {
    // The server was started with MOCK_CONTROL_TOKEN: ask for it once, keep it for this tab.
    const given = window.prompt("This mock's control API is protected. Enter its token (MOCK_CONTROL_TOKEN):");
    if (given) {
      token = given;
      sessionStorage.setItem("mock-control-token", token);
      return api(method, path, body, true);
    }
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error(json && json.message ? json.message : `HTTP ${response.status}`);
  }
  return json;
}

function say(element, message, isError) {
  element.textContent = message;
  element.classList.toggle("error", Boolean(isError));
}

// Connections

function renderConnections() {
  const list = $("connections");
  list.replaceChildren();
  for (const c of connections.values()) {
    const item = document.createElement("li");
    item.tabIndex = 0;
    item.dataset.id = c.id;
    item.setAttribute("aria-selected", String(c.id === selected));
    const title = document.createElement("div");
    title.innerHTML = `<strong></strong> <code></code><span class="state ${c.state}">${c.state}</span>`;
    title.querySelector("strong").textContent = c.id;
    title.querySelector("code").textContent = c.path + (c.query ? "?" + c.query : "");
    item.append(title);
    const facts = document.createElement("div");
    facts.className = "muted";
    facts.textContent = [
      c.subprotocol ? `subprotocol ${c.subprotocol}` : null,
      `from ${c.remoteAddress}`,
      c.state === "CLOSED" ? `closed ${c.closeCode}${c.closeReason ? " " + c.closeReason : ""}` : null,
    ].filter(Boolean).join(" · ");
    item.append(facts);
    if (upgradeViolations.has(c.id)) item.append(violationNote(upgradeViolations.get(c.id)));
    const headers = document.createElement("details");
    headers.innerHTML = "<summary>headers</summary><pre></pre>";
    headers.querySelector("pre").textContent = Object.entries(c.headers)
      .map(([name, values]) => `${name}: ${values.join(", ")}`).join("\n");
    item.append(headers);
    item.addEventListener("click", (event) => { if (event.target.tagName !== "SUMMARY") select(c.id); });
    item.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(c.id); } });
    list.append(item);
  }
  syncSelect($("target"), ["latest", "all"], [...connections.keys()]);
  syncSelect($("frame-connection"), [""], [...connections.keys()]);
}

function syncSelect(select, fixed, ids) {
  const current = select.value;
  select.replaceChildren();
  for (const value of [...fixed, ...ids]) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = value === "" ? "all" : value;
    select.append(option);
  }
  if ([...fixed, ...ids].includes(current)) select.value = current;
}

function select(id) {
  selected = selected === id ? "" : id;
  $("frame-connection").value = selected;
  if (selected) $("target").value = selected;
  renderConnections();
  renderFrames();
}

// Frames

function payloadOf(frame) {
  if (frame.type === "close") return `${frame.code}${frame.reason ? " " + frame.reason : ""}`;
  if (frame.text !== undefined) {
    try {
      const parsed = JSON.parse(frame.text);
      if (parsed !== null && typeof parsed === "object") return JSON.stringify(parsed, null, 2);
    } catch (ignored) { /* plain text */ }
    return frame.text;
  }
  const bytes = atob(frame.base64 || "");
  const hex = [...bytes].map((ch) => ch.charCodeAt(0).toString(16).padStart(2, "0")).join(" ");
  return `base64 ${frame.base64 || ""}\nhex    ${hex}`;
}

function frameItem(frame) {
  const item = document.createElement("li");
  item.className = frame.direction;
  const cells = [
    ["seq", "#" + frame.seq],
    ["time", frame.at.substring(11, 23)],
    ["conn", frame.connection],
    ["dir", frame.direction === "in" ? "→" : "←"],
    ["type", frame.type],
  ];
  for (const [name, value] of cells) {
    const cell = document.createElement("span");
    cell.className = name;
    cell.textContent = value;
    if (name === "dir") cell.title = frame.direction === "in" ? "from the client" : "to the client";
    item.append(cell);
  }
  const payload = document.createElement("pre");
  payload.textContent = payloadOf(frame);
  item.append(payload);
  if (frame.contract) item.append(violationNote(frame.contract));
  return item;
}

// What broke the loaded AsyncAPI document: the client's faults in red, the mock's own as warnings.
function violationNote(violation) {
  const note = document.createElement("p");
  note.className = `violation ${violation.severity}`;
  note.setAttribute("role", "note");
  note.textContent = `contract ${violation.severity}: ${violation.message}`;
  return note;
}

function visible(frame) {
  const connection = $("frame-connection").value;
  const filter = $("frame-filter").value.trim().toLowerCase();
  if (connection && frame.connection !== connection) return false;
  if (!filter) return true;
  return [frame.type, frame.direction, frame.connection, frame.text || "", frame.base64 || "", frame.reason || ""]
    .some((value) => value.toLowerCase().includes(filter));
}

function renderFrames() {
  const list = $("frames");
  list.replaceChildren(...frames.filter(visible).map(frameItem));
  $("frame-count").textContent = `${list.children.length} of ${frames.length}`;
  if (followLog) list.scrollTop = list.scrollHeight;
}

function addFrame(frame) {
  if (frames.some((f) => f.seq === frame.seq && f.at === frame.at)) return; // also in the initial load
  frames.push(frame);
  if (visible(frame)) {
    const list = $("frames");
    list.append(frameItem(frame));
    $("frame-count").textContent = `${list.children.length} of ${frames.length}`;
    if (followLog) list.scrollTop = list.scrollHeight;
  }
}

// Stubs

async function loadStubs() {
  const list = $("stubs");
  const stubs = await api("GET", "/stubs");
  list.replaceChildren();
  for (const stub of stubs) {
    const item = document.createElement("li");
    const { id, fired, ...definition } = stub;
    item.innerHTML = `<strong></strong> fired <span class="fired"></span>× <button type="button" class="link">remove</button><br><code></code>`;
    item.querySelector("strong").textContent = id;
    item.querySelector(".fired").textContent = fired;
    item.querySelector("code").textContent = JSON.stringify(definition);
    const remove = item.querySelector("button");
    remove.setAttribute("aria-label", `remove stub ${id}`);
    remove.addEventListener("click", async () => {
      await api("DELETE", `/stubs/${id}`).catch((e) => say($("stub-status"), e.message, true));
      loadStubs();
    });
    list.append(item);
  }
}

let stubRefresh = null;
function refreshStubsSoon() {
  clearTimeout(stubRefresh);
  stubRefresh = setTimeout(loadStubs, 250);
}

// Actions

async function act(path, body) {
  try {
    const result = await api("POST", path, body);
    say($("composer-status"), `${path}: ${JSON.stringify(result)}`);
  } catch (e) {
    say($("composer-status"), e.message, true);
  }
}

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const kind = $("kind").value;
  const text = $("payload").value;
  let body;
  if (kind === "json") {
    try {
      body = { json: JSON.parse(text) };
    } catch (e) {
      say($("composer-status"), `Not valid JSON, nothing sent: ${e.message}`, true);
      return;
    }
  } else {
    body = kind === "text" ? { text } : { binary: text.trim() };
  }
  act(`/connections/${$("target").value}/send`, body);
});
$("ping").addEventListener("click", () => act(`/connections/${$("target").value}/ping`, {}));
$("drop").addEventListener("click", () => act(`/connections/${$("target").value}/drop`));
$("close").addEventListener("click", () =>
  act(`/connections/${$("target").value}/close`, { code: Number($("close-code").value), reason: $("close-reason").value }));

$("stub-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    const stub = await api("POST", "/stubs", JSON.parse($("stub-json").value));
    say($("stub-status"), `Added ${stub.id}.`);
  } catch (e) {
    say($("stub-status"), e.message, true);
  }
  loadStubs();
});

$("reset-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    await api("POST", "/reset", { closeConnections: $("reset-close").checked });
    await loadAll();
    say($("stream-status"), "Reset done.");
  } catch (e) {
    say($("stream-status"), e.message, true);
  }
});

$("frame-filter").addEventListener("input", renderFrames);
$("frame-connection").addEventListener("change", () => { selected = $("frame-connection").value; renderConnections(); renderFrames(); });
$("frames").addEventListener("scroll", () => {
  const list = $("frames");
  followLog = list.scrollHeight - list.scrollTop - list.clientHeight < 24;
});

// Start-up: load the current state, then follow the event stream.

async function loadAll() {
  const [listed, journal, violations] = await Promise.all(
    [api("GET", "/connections"), api("GET", "/frames"), api("GET", "/contract/violations")]);
  upgradeViolations.clear();
  violations.filter((v) => v.kind === "upgrade").forEach((v) => upgradeViolations.set(v.connection, v));
  connections.clear();
  listed.forEach((c) => connections.set(c.id, c));
  frames.length = 0;
  frames.push(...journal);
  renderConnections();
  renderFrames();
  await loadStubs();
}

function follow() {
  // EventSource cannot send headers, so the token travels as a query parameter here.
  const events = new EventSource(token ? `/events?token=${encodeURIComponent(token)}` : "/events");
  events.addEventListener("open", () => say($("stream-status"), "Live: connections and frames appear as they happen."));
  events.addEventListener("error", () => say($("stream-status"), "Event stream interrupted; reconnecting…", true));
  events.addEventListener("connection", (event) => {
    const c = JSON.parse(event.data);
    connections.set(c.id, c);
    renderConnections();
  });
  events.addEventListener("frame", (event) => {
    addFrame(JSON.parse(event.data));
    refreshStubsSoon();
  });
  events.addEventListener("violation", (event) => {
    const violation = JSON.parse(event.data);
    if (violation.kind === "upgrade") {
      upgradeViolations.set(violation.connection, violation);
      renderConnections();
    }
  });
  // A reset from anywhere (this page, a test, curl) empties the journal: start afresh.
  events.addEventListener("reset", () => {
    loadAll().then(() => say($("stream-status"), "The mock was reset; live again."));
  });
}

// Ask for the token first if one is needed; then follow, then load: nothing that happens in between
// is missed, and duplicates are dropped.
api("GET", "/health")
  .then(() => { follow(); return loadAll(); })
  .catch((e) => say($("stream-status"), e.message, true));
