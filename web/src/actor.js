// The actor profile panel.
import { get } from "./api.js";
import { el, clear } from "./dom.js";
import { openPanel } from "./panel.js";
import { eventTable } from "./events.js";

const quadKeys = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

export async function showActor(code) {
  const body = openPanel(el("p", { class: "muted" }, "Loading…"));
  let a;
  try {
    a = await get("actors/" + encodeURIComponent(code));
  } catch (e) {
    clear(body, el("p", { class: "status error" }, e.message));
    return;
  }
  const counts = (t) => `${t.events} events (` + quadKeys.map((k) => t.quad[k]).join(" / ") + ")";
  const partners = (cs) => el("ul", {}, cs.map((c) => el("li", {}, `${c.value || "(none)"}: ${c.events}`)));
  clear(body, 
    el("h2", { "data-testid": "actor-code" }, a.code),
    el("p", {}, a.names.map((n) => n.name).filter(Boolean).slice(0, 5).join(", ")),
    el("dl", { class: "facts" },
      el("dt", {}, "As source"), el("dd", {}, counts(a.as_source)),
      el("dt", {}, "As target"), el("dd", {}, counts(a.as_target)),
      el("dt", {}, "Seen"), el("dd", {}, `${a.first_seen || "?"} to ${a.last_seen || "?"}`),
      el("dt", {}, "Quotations"), el("dd", {}, String(a.quotes))),
    el("p", { class: "muted" }, "Counts by quad: verbal coop. / material coop. / verbal conflict / material conflict"),
    el("h3", {}, "Acts on most"), partners(a.targets),
    el("h3", {}, "Acted on by most"), partners(a.sources),
    el("h3", {}, "Recent events"), eventTable(a.recent_events),
    a.recent_quotes.length ? el("h3", {}, "Recent quotations") : null,
    a.recent_quotes.map((q) => el("blockquote", {}, "“" + q.content.text + "” — " + (q.speaker.name || q.speaker.text))),
  );
}
