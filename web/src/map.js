// The map of event locations: points on an embedded world outline, in the
// outline's equirectangular coordinates (x = lon + 180, y = 90 - lat).
import { get, formParams } from "./api.js";
import { el, svg, clear, status } from "./dom.js";

export function initMap(defaults) {
  const form = document.getElementById("map-form");
  const box = document.getElementById("map-box");
  const list = document.getElementById("map-list");
  const run = async () => {
    status("map-status", "Loading…");
    try {
      const res = await get("map", formParams(form));
      draw(res.points);
      const total = res.points.reduce((n, p) => n + p.events, 0);
      status("map-status", `${total} located events at ${res.points.length} places`);
    } catch (e) {
      status("map-status", e.message, true);
    }
  };
  const draw = (points) => {
    const max = Math.max(1, ...points.map((p) => p.events));
    const root = svg("svg", { viewBox: "0 0 360 180", "data-testid": "map-svg" },
      svg("rect", { width: 360, height: 180, fill: "#f4f8fb" }),
      svg("image", { href: "world.svg", width: 360, height: 180 }));
    for (const p of points) {
      root.append(svg("circle", {
        class: "point", cx: (p.lon + 180).toFixed(2), cy: (90 - p.lat).toFixed(2), r: (0.6 + 4 * Math.sqrt(p.events / max)).toFixed(2),
      }, svg("title", {}, `${p.name}, ${p.country}: ${p.events} events`)));
    }
    clear(box, root);
    clear(list, el("table", {},
      el("thead", {}, el("tr", {}, el("th", {}, "Place"), el("th", {}, "Country"), el("th", {}, "Events"))),
      el("tbody", {}, points.slice(0, 25).map((p) => el("tr", {}, el("td", {}, p.name), el("td", {}, p.country), el("td", {}, String(p.events)))))));
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  return {
    show() {
      defaults(form);
      if (!box.childElementCount) run();
    },
  };
}
