// The actor network: the most active source–target pairs drawn with a
// small force layout in SVG.
import { get, formParams } from "./api.js";
import { el, svg, clear, status } from "./dom.js";
import { showActor } from "./actor.js";

const W = 900;
const H = 600;

// layout places nodes by repulsion between all pairs and springs along the
// edges, from a deterministic start (a circle), so a graph always looks the
// same.
function layout(nodes, edges) {
  const n = nodes.length;
  nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / n;
    d.x = W / 2 + (W / 3) * Math.cos(a);
    d.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const index = new Map(nodes.map((d, i) => [d.code, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.events]).filter(([a, b]) => a !== b);
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  for (let it = 0, t = W / 10; it < 300; it++, t *= 0.985) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x;
        let y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(x * x + y * y, 0.01);
        const f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f;
        dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const [a, b] of links) {
      const x = nodes[a].x - nodes[b].x;
      const y = nodes[a].y - nodes[b].y;
      const d = Math.max(Math.sqrt(x * x + y * y), 0.1);
      const f = d / k;
      dx[a] -= x * f; dy[a] -= y * f;
      dx[b] += x * f; dy[b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (W / 2 - nodes[i].x) * 0.02;
      dy[i] += (H / 2 - nodes[i].y) * 0.02;
      const d = Math.max(Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 0.01);
      nodes[i].x = Math.min(W - 30, Math.max(30, nodes[i].x + (dx[i] / d) * Math.min(d, t)));
      nodes[i].y = Math.min(H - 20, Math.max(20, nodes[i].y + (dy[i] / d) * Math.min(d, t)));
    }
  }
}

// edgeColor goes from red (conflict, Goldstein -10) to green (cooperation).
function edgeColor(g) {
  const t = Math.max(0, Math.min(1, (g + 10) / 20));
  return `rgb(${Math.round(200 * (1 - t) + 30 * t)},${Math.round(60 * (1 - t) + 140 * t)},${Math.round(50 * (1 - t) + 60 * t)})`;
}

export function initNetwork(defaults) {
  const form = document.getElementById("network-form");
  const box = document.getElementById("network-graph");
  const run = async () => {
    status("network-status", "Loading…");
    try {
      const res = await get("network", formParams(form));
      draw(res);
      status("network-status", `${res.nodes.length} actors, ${res.edges.length} pairs · edge colour: mean Goldstein (red conflict, green cooperation) · click an actor`);
    } catch (e) {
      status("network-status", e.message, true);
    }
  };
  const draw = ({ nodes, edges }) => {
    layout(nodes, edges);
    const pos = new Map(nodes.map((d) => [d.code, d]));
    const max = Math.max(1, ...nodes.map((d) => d.events));
    const maxE = Math.max(1, ...edges.map((e) => e.events));
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, "data-testid": "network-svg" });
    root.append(
      svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "5", markerHeight: "5", orient: "auto-start-reverse" },
        svg("path", { d: "M0,0L10,5L0,10z", fill: "#888" }))),
    );
    for (const e of edges) {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      if (!a || !b || a === b) continue;
      const line = svg("line", {
        x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        stroke: edgeColor(e.goldstein_mean),
        "stroke-width": 0.6 + 4 * Math.sqrt(e.events / maxE),
        "stroke-opacity": 0.7,
        "marker-end": "url(#arrow)",
      }, svg("title", {}, `${e.source} → ${e.target}: ${e.events} events, Goldstein ${e.goldstein_mean.toFixed(2)}`));
      root.append(line);
    }
    for (const d of nodes) {
      const r = 4 + 14 * Math.sqrt(d.events / max);
      const c = svg("circle", { class: "node", cx: d.x, cy: d.y, r, fill: "#2c5aa0" }, svg("title", {}, `${d.code}: ${d.events} events`));
      c.addEventListener("click", () => showActor(d.code));
      root.append(c, svg("text", { x: d.x + r + 2, y: d.y + 3 }, d.code));
    }
    clear(box, root);
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
