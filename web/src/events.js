// The event table and the event detail panel.
import { get, formParams } from "./api.js";
import { el, link, clear, status, quadBadge, quadNames, fmt } from "./dom.js";
import { openPanel } from "./panel.js";

function side(p) {
  if (!p) return el("span", { class: "muted" }, "—");
  return el("span", { title: p.name || "" }, p.code || p.text || "?");
}

// eventTable renders events as a table whose rows open the event.
export function eventTable(events) {
  const body = el("tbody");
  for (const e of events) {
    const ev = e.event;
    const row = el(
      "tr",
      { class: "clickable", dataset: { eventId: String(e.event_id) }, tabindex: "0" },
      el("td", {}, ev.date || ""),
      el("td", {}, side(ev.source)),
      el("td", {}, quadBadge(ev.cameo.quad_class), ev.cameo.code + " " + ev.cameo.name),
      el("td", {}, side(ev.target)),
      el("td", { class: "sentence-cell" }, ev.sentence.length > 160 ? ev.sentence.slice(0, 157) + "…" : ev.sentence),
      el("td", {}, e.document.outlet || ""),
    );
    const open = () => {
      body.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
      row.classList.add("selected");
      showEvent(e.event_id);
    };
    row.addEventListener("click", open);
    row.addEventListener("keydown", (k) => k.key === "Enter" && open());
    body.append(row);
  }
  return el(
    "table",
    { class: "events", "data-testid": "event-table" },
    el("thead", {}, el("tr", {}, ["Date", "Source", "Event", "Target", "Sentence", "Outlet"].map((h) => el("th", {}, h)))),
    body,
  );
}

// eventList shows pages of events for params in container, with a "more"
// button while there are more.
export async function eventList(container, params, statusId) {
  clear(container);
  let after = "";
  let shown = 0;
  const more = el("button", { type: "button", class: "more" }, "More");
  const load = async () => {
    more.disabled = true;
    try {
      const page = await get("events", { ...params, after, limit: params.limit || 50 });
      shown += page.events.length;
      container.insertBefore(eventTable(page.events), more.isConnected ? more : null);
      after = page.next;
      if (after) container.append(more);
      else more.remove();
      if (statusId) status(statusId, shown === 1 ? "1 event" : `${shown}${after ? "+" : ""} events`);
    } catch (e) {
      if (statusId) status(statusId, e.message, true);
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener("click", load);
  await load();
}

// showEvent opens the panel with one event: the sentence with source, verb
// and target highlighted, the rule, the quote and the article.
export async function showEvent(id) {
  const body = openPanel(el("p", { class: "muted" }, "Loading…"));
  let d;
  try {
    d = await get("events/" + encodeURIComponent(id));
  } catch (e) {
    clear(body, el("p", { class: "status error" }, e.message));
    return;
  }
  const ev = d.event;
  const sentence = el("p", { class: "sentence", "data-testid": "event-sentence" });
  for (const s of d.highlight) {
    sentence.append(s.role ? el("mark", { class: "hl-" + s.role, dataset: { role: s.role } }, s.text) : document.createTextNode(s.text));
  }
  const who = (p) => (p ? [p.text, p.code ? ` → ${p.code}` : "", p.name ? ` (${p.name})` : ""] : "—");
  const facts = el(
    "dl",
    { class: "facts" },
    el("dt", {}, "Source"), el("dd", { "data-testid": "event-source" }, who(ev.source)),
    el("dt", {}, "Verb"), el("dd", {}, ev.evidence.verb.text),
    el("dt", {}, "Target"), el("dd", { "data-testid": "event-target" }, who(ev.target)),
    el("dt", {}, "CAMEO"), el("dd", {}, `${ev.cameo.code} ${ev.cameo.name} · Goldstein ${fmt(ev.cameo.goldstein, 1)} · ${quadNames[ev.cameo.quad_class] || ""}`),
    el("dt", {}, "PLOVER"), el("dd", {}, [ev.plover.type, ev.plover.mode, (ev.plover.context || []).join(", ")].filter(Boolean).join(" · ")),
    el("dt", {}, "Rule"), el("dd", { "data-testid": "event-rule" }, el("code", {}, ev.evidence.rule)),
    el("dt", {}, "Modality"), el("dd", {}, ev.modality),
    el("dt", {}, "Date"), el("dd", {}, ev.date || "unknown", ev.evidence.date && ev.evidence.date.text ? ` (“${ev.evidence.date.text}”)` : ""),
    ev.place ? [el("dt", {}, "Place"), el("dd", {}, `${ev.place.name}, ${ev.place.country}`)] : null,
    el("dt", {}, "Tone"), el("dd", {}, fmt(ev.tone.tone)),
  );
  const doc = d.document;
  const article = el(
    "p",
    { "data-testid": "event-article" },
    link(doc.link || "", doc.title || doc.url || doc.key),
    " ",
    el("span", { class: "muted" }, [doc.outlet, doc.date ? doc.date.slice(0, 10) : ""].filter(Boolean).join(", ")),
    " · ",
    el("a", { href: "#doc/" + doc.id }, "coded document"),
  );
  clear(body, 
    el("h2", {}, quadBadge(ev.cameo.quad_class), `${ev.cameo.name}`),
    sentence,
    facts,
    d.quote ? el("blockquote", { "data-testid": "event-quote" }, "“" + d.quote.content.text + "” — " + (d.quote.speaker.name || d.quote.speaker.text)) : null,
    article,
  );
}

export function initEvents() {
  const form = document.getElementById("events-form");
  const list = document.getElementById("events-list");
  const run = () => eventList(list, formParams(form), "events-status");
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  return { show: () => list.childElementCount || run() };
}
