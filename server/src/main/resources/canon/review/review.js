// Canon review page: plain JavaScript, no build step. Offsets from the API are code points;
// strings here are turned into arrays of code points (Array.from) before slicing.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { input: "", format: "text", fileName: "transcript.txt", original: "", items: [], selected: -1 };

function detectFormat(text, name) {
  const lower = (name || "").toLowerCase();
  if (lower.endsWith(".srt")) return "srt";
  if (lower.endsWith(".vtt")) return "vtt";
  if (lower.endsWith(".json")) return "whisper-json";
  if (name) return "text";
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("WEBVTT")) return "vtt";
  if (/^\d+\s*\r?\n\s*\d{1,2}:\d\d:\d\d[,.]\d{1,3}\s*-->/.test(head)) return "srt";
  if (head.startsWith("{") && head.includes("\"segments\"")) return "whisper-json";
  return "text";
}

function setStatus(message, isError) {
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

async function post(url, body, type) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": type }, body });
  if (!response.ok) {
    let detail = response.statusText;
    try { const e = await response.json(); detail = e.detail || e.error; } catch (ignored) { /* not JSON */ }
    throw new Error(response.status + ": " + detail);
  }
  return response;
}

async function correct() {
  const text = $("input").value;
  if (!text.trim()) { setStatus("Paste a transcript or open a file first.", true); return; }
  const chosen = $("format").value;
  state.input = text;
  state.format = chosen === "auto" ? detectFormat(text, state.loadedName) : chosen;
  state.fileName = state.loadedName || ("transcript" + extension(state.format));
  setStatus("Correcting…");
  try {
    const response = state.format === "text"
      ? await post("v1/correct", JSON.stringify({ text, explain: true }), "application/json")
      : await post("v1/correct/" + state.format + "?report=json&explain=true", text, "text/plain; charset=utf-8");
    show(await response.json());
  } catch (e) {
    setStatus("Could not correct: " + e.message, true);
  }
}

function extension(format) {
  return { text: ".txt", srt: ".srt", vtt: ".vtt", "whisper-json": ".json" }[format];
}

function show(result) {
  state.original = result.original;
  state.dictionaries = result.dictionaries || [];
  const chars = Array.from(result.corrected);
  const explain = result.explain || [];
  const why = (start, end, entity) => explain.find((x) => x.start === start && x.end === end && x.entity === entity);
  const items = [];
  for (const m of result.entities) {
    const to = chars.slice(m.correctedStart, m.correctedEnd).join("");
    items.push({ kind: m.changed ? "applied" : "mention", start: m.start, end: m.end, text: m.text, to,
      entity: m.id, canonical: m.canonical, method: m.method, score: m.score, decision: null,
      why: why(m.start, m.end, m.id) });
  }
  for (const s of result.suggestions || []) {
    items.push({ kind: "suggestion", start: s.start, end: s.end, text: s.text, to: s.replacement,
      entity: s.id, canonical: s.canonical, method: s.method, score: s.score, decision: null,
      why: why(s.start, s.end, s.id) });
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  state.items = items;
  state.selected = -1;
  $("review").hidden = false;
  render();
  const open = reviewable();
  setStatus(`${open.length} to review: ${items.filter((i) => i.kind === "applied").length} corrections, `
    + `${items.filter((i) => i.kind === "suggestion").length} suggestions.`);
  if (open.length) select(open[0]);
}

function reviewable() {
  return state.items.map((item, index) => ({ item, index })).filter((x) => x.item.kind !== "mention").map((x) => x.index);
}

/** What an item shows now, and its CSS class. */
function look(item) {
  if (item.kind === "applied") {
    return item.decision === "reject" ? { cls: "undone", text: item.text } : { cls: "applied", text: item.to };
  }
  if (item.decision === "accept") return { cls: "accepted", text: item.to };
  if (item.decision === "reject") return { cls: "rejected", text: item.text };
  return { cls: "suggested", text: item.text };
}

function label(item) {
  const l = look(item);
  const what = item.kind === "applied" ? "correction" : "suggestion";
  return `${what} ${item.text} → ${item.to}, ${item.method} ${item.score.toFixed(2)}, ${l.cls}`;
}

function render() {
  const box = $("transcript");
  box.textContent = "";
  const chars = Array.from(state.original);
  let at = 0;
  state.items.forEach((item, index) => {
    if (item.start < at) return; // overlaps one already shown (cannot happen with Canon's output)
    box.append(chars.slice(at, item.start).join(""));
    if (item.kind === "mention") {
      const span = document.createElement("span");
      span.className = "mention";
      span.title = `${item.canonical} (${item.method})`;
      span.textContent = item.text;
      box.append(span);
    } else {
      const l = look(item);
      const button = document.createElement("button");
      button.type = "button";
      button.className = "item " + l.cls + (index === state.selected ? " selected" : "");
      button.dataset.index = index;
      button.textContent = l.text;
      if (l.text !== item.text) {
        const was = document.createElement("span");
        was.className = "was";
        was.textContent = item.text;
        button.append(was);
      }
      button.setAttribute("aria-label", label(item));
      button.title = label(item);
      button.addEventListener("click", () => select(index));
      button.addEventListener("focus", () => { if (state.selected !== index) select(index, true); });
      button.addEventListener("mouseenter", () => details(item));
      button.addEventListener("mouseleave", () => { if (state.items[state.selected]) details(state.items[state.selected]); });
      box.append(button);
    }
    at = item.end;
  });
  box.append(chars.slice(at).join(""));
  const decided = state.items.filter((i) => i.decision).length;
  $("counts").textContent = `${decided} of ${reviewable().length} decided`;
}

function select(index, fromFocus) {
  state.selected = index;
  render();
  const button = $("transcript").querySelector(`[data-index="${index}"]`);
  if (button && !fromFocus) { button.focus({ preventScroll: true }); }
  if (button) button.scrollIntoView({ block: "nearest" });
  details(state.items[index]);
}

function details(item) {
  const box = $("details");
  box.textContent = "";
  if (!item) return;
  const dl = document.createElement("dl");
  const row = (k, v) => { const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v; dl.append(dt, dd); };
  row(item.kind === "applied" ? "Correction" : "Suggestion", `${item.text} → ${item.to}`);
  row("Canonical", `${item.canonical} (${item.entity})`);
  row("Method, score", `${item.method}, ${item.score.toFixed(3)}`);
  if (item.why) {
    const p = item.why.parts;
    row("Why", `${item.why.reason} (spelling ${p.spelling}, sound ${p.sound}, length ${p.length}, context ${p.context})`);
  }
  row("Your decision", look(item).cls);
  box.append(dl);
}

function move(step) {
  const open = reviewable();
  if (!open.length) return;
  const at = open.indexOf(state.selected);
  const next = at < 0 ? (step > 0 ? 0 : open.length - 1) : Math.min(open.length - 1, Math.max(0, at + step));
  select(open[next]);
}

function decide(decision) {
  const item = state.items[state.selected];
  if (!item || item.kind === "mention") return;
  item.decision = decision;
  select(state.selected);
  setStatus(`${item.text}: ${decision ? look(item).cls : "back to Canon's choice"}.`);
}

function decisions() {
  return state.items.filter((i) => i.decision).map((i) =>
    ({ text: state.original, start: i.start, end: i.end, entity: i.entity, decision: i.decision }));
}

function save(name, blob) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

function baseName() {
  return state.fileName.replace(/\.[^.]*$/, "");
}

async function downloadFile() {
  try {
    const body = JSON.stringify({ input: state.input, decisions: decisions() });
    const response = await post("v1/review/" + state.format, body, "application/json");
    save(baseName() + ".corrected" + extension(state.format), await response.blob());
    setStatus("Corrected file downloaded.");
  } catch (e) {
    setStatus("Could not build the file: " + e.message, true);
  }
}

function downloadDecisions() {
  const lines = decisions().map((d) => JSON.stringify(d) + "\n").join("");
  save(baseName() + ".decisions.jsonl", new Blob([lines], { type: "application/x-ndjson" }));
  setStatus(`${decisions().length} decisions downloaded.`);
}

$("correct").addEventListener("click", correct);
$("prev").addEventListener("click", () => move(-1));
$("next").addEventListener("click", () => move(1));
$("accept").addEventListener("click", () => decide("accept"));
$("reject").addEventListener("click", () => decide("reject"));
$("reset").addEventListener("click", () => decide(null));
$("download-file").addEventListener("click", downloadFile);
$("download-decisions").addEventListener("click", downloadDecisions);
$("file").addEventListener("change", async () => {
  const file = $("file").files[0];
  if (!file) return;
  $("input").value = await file.text();
  state.loadedName = file.name;
  setStatus(`Opened ${file.name}.`);
  correct();
});
$("input").addEventListener("input", () => { state.loadedName = null; });

document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); correct(); return; }
  const typing = e.target.closest("textarea, input, select");
  if (typing || e.ctrlKey || e.metaKey || e.altKey || $("review").hidden) return;
  const action = { j: () => move(1), n: () => move(1), k: () => move(-1), p: () => move(-1),
    a: () => decide("accept"), r: () => decide("reject"), u: () => decide(null) }[e.key.toLowerCase()];
  if (action) { e.preventDefault(); action(); }
});
