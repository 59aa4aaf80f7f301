// Parley's dashboard: a hash router over the dyad, events, network and map
// views, and the document view.
import { get } from "./api.js";
import { initPanel } from "./panel.js";
import { initDyad } from "./dyad.js";
import { initEvents } from "./events.js";
import { initNetwork } from "./network.js";
import { initMap } from "./map.js";
import { showDocument } from "./document.js";

let stats = null;

// recentRange fills empty from/to fields with the last 90 days of data, so
// that the network and the map stay quick on a large store.
function recentRange(form) {
  if (!stats || !stats.last_day) return;
  const from = form.elements.namedItem("from");
  const to = form.elements.namedItem("to");
  if (from.value || to.value) return;
  const last = new Date(stats.last_day + "T00:00:00Z");
  const first = new Date(last.getTime() - 89 * 86400e3);
  to.value = stats.last_day;
  from.value = first.toISOString().slice(0, 10);
}

async function main() {
  initPanel();
  const views = {
    dyad: initDyad(),
    events: initEvents(),
    network: initNetwork(recentRange),
    map: initMap(recentRange),
  };
  try {
    stats = await get("stats");
    document.getElementById("stats").textContent =
      `${stats.documents} documents · ${stats.events} events` + (stats.first_day ? ` · ${stats.first_day} to ${stats.last_day}` : "");
  } catch (e) {
    document.getElementById("stats").textContent = "store unavailable: " + e.message;
  }
  const route = () => {
    const hash = location.hash.slice(1) || "dyad";
    const [path, query] = hash.split("?", 2);
    const [name, arg] = path.split("/", 2);
    const view = name === "doc" ? "doc" : views[name] ? name : "dyad";
    document.getElementById("panel").hidden = true;
    for (const s of document.querySelectorAll(".view")) s.hidden = s.id !== "view-" + view;
    for (const a of document.querySelectorAll("#tabs a")) a.classList.toggle("active", a.dataset.view === view);
    if (view === "doc") showDocument(document.getElementById("view-doc"), arg);
    else if (view === "dyad") views.dyad.show(new URLSearchParams(query || ""));
    else views[view].show();
  };
  window.addEventListener("hashchange", route);
  route();
  document.body.dataset.ready = "true";
}

main();
