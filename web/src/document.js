// The document view: the text sentence by sentence with the events coded
// in each.
import { get } from "./api.js";
import { el, link, clear, append } from "./dom.js";
import { showEvent } from "./events.js";

export async function showDocument(container, id) {
  clear(container, el("p", { class: "muted" }, "Loading…"));
  let d;
  try {
    d = await get("documents/" + encodeURIComponent(id));
  } catch (e) {
    clear(container, el("p", { class: "status error" }, e.message));
    return;
  }
  const m = d.document;
  const doc = el("div", { class: "doc", "data-testid": "document" });
  for (const s of d.sentences) {
    const evs = s.events.map((i) => d.events[i]);
    const items = evs.map((e) => {
      const ev = e.event;
      const b = el("button", { type: "button", class: "link" },
        `${ev.source ? ev.source.code || ev.source.text : "?"} ${ev.cameo.code} ${ev.cameo.name} ${ev.target ? ev.target.code || ev.target.text : ""} (${ev.modality})`);
      b.addEventListener("click", () => showEvent(e.event_id));
      return el("li", {}, b);
    });
    append(doc, [el("p", { class: evs.length ? "coded" : "" }, s.text), items.length ? el("ul", {}, items) : null]);
  }
  clear(container, 
    el("h2", {}, m.title || m.key),
    el("p", {}, link(m.link || "", m.url || ""), " ", el("span", { class: "muted" }, [m.outlet, m.date ? m.date.slice(0, 10) : ""].filter(Boolean).join(", "))),
    doc,
  );
}
