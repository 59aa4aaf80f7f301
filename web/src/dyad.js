// The dyad view: two actor pickers, stacked counts by quad class with the
// Goldstein and tone lines, a table of the same numbers, and the events
// behind a bucket.
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Tooltip, Legend,
} from "chart.js";
import { get, formParams } from "./api.js";
import { el, clear, status, fmt } from "./dom.js";
import { eventList } from "./events.js";

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const quadKeys = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const quadLabels = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
const quadColors = ["#7cc47f", "#1f7a3a", "#f0a030", "#c0392b"];

// sideParams turns a picker value ("country:USA", "actor:USAGOV", or a
// bare code) into the exact dyad parameters of /v1/events.
export function sideParams(prefix, value) {
  const [kind, code] = value.includes(":") ? value.split(":", 2) : [value.length === 3 ? "country" : "actor", value];
  return { [`${prefix}_${kind === "country" ? "country" : "code"}`]: code.trim().toUpperCase() };
}

// fillPicker suggests countries and actors matching what was typed.
async function fillPicker(input, list) {
  const q = input.value.replace(/^(country|actor):/, "").trim();
  if (q.length < 1) return;
  try {
    const res = await get("actors", { q, limit: 15 });
    clear(list, 
      ...res.countries.map((c) => el("option", { value: "country:" + c.value }, `country ${c.value} (${c.events})`)),
      ...res.actors.map((a) => el("option", { value: "actor:" + a.code }, `${a.code} ${a.name} (${a.events})`)),
    );
  } catch {
    // Suggestions are a help only.
  }
}

export function initDyad() {
  const form = document.getElementById("dyad-form");
  const canvas = document.getElementById("dyad-chart");
  const table = document.getElementById("dyad-table");
  const eventsBox = document.getElementById("dyad-events");
  let chart = null;
  let points = [];
  let current = {};

  for (const side of ["source", "target"]) {
    const input = document.getElementById("dyad-" + side);
    const list = document.getElementById(`dyad-${side}-list`);
    let timer = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => fillPicker(input, list), 200);
    });
  }

  const showBucket = (i) => {
    const p = points[i];
    if (!p || !p.from) return;
    table.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
    table.tBodies[0].rows[i]?.classList.add("selected");
    const params = {
      ...sideParams("source", current.source),
      ...sideParams("target", current.target),
      both: current.both ? "true" : "",
      from: p.from,
      to: p.to,
      limit: 100,
    };
    clear(eventsBox, el("h3", { "data-testid": "bucket-title" }, `Events ${p.from}${p.to !== p.from ? " to " + p.to : ""}`));
    const list = el("div", { "data-testid": "bucket-events" });
    eventsBox.append(el("p", { id: "bucket-status", class: "status" }), list);
    eventList(list, params, "bucket-status");
  };

  const draw = (res) => {
    points = res.points;
    const norm = res.normalized;
    const labels = points.map((p) => p.start || "unknown");
    const bars = quadKeys.map((k, i) => ({
      type: "bar",
      label: quadLabels[i],
      data: points.map((p) => (norm ? (p.quad_share ? 100 * p.quad_share[k] : 0) : p.quad[k])),
      backgroundColor: quadColors[i],
      stack: "quad",
      yAxisID: "y",
      order: 2,
    }));
    const lines = [
      { type: "line", label: "Goldstein (mean)", data: points.map((p) => p.goldstein_mean), borderColor: "#2c5aa0", backgroundColor: "#2c5aa0", yAxisID: "y1", order: 1, tension: 0.2 },
      { type: "line", label: "Tone (mean)", data: points.map((p) => p.mean_tone), borderColor: "#7d3c98", backgroundColor: "#7d3c98", borderDash: [4, 3], yAxisID: "y2", order: 1, tension: 0.2 },
    ];
    // What the chart was given, for tests and for reading without a mouse.
    canvas.dataset.series = JSON.stringify({ labels, counts: points.map((p) => p.events), quad: bars.map((b) => b.data) });
    if (chart) chart.destroy();
    chart = new Chart(canvas, {
      data: { labels, datasets: [...bars, ...lines] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: norm ? "% of all events" : "events" } },
          y1: { position: "right", min: -10, max: 10, title: { display: true, text: "Goldstein" }, grid: { drawOnChartArea: false } },
          y2: { position: "right", title: { display: true, text: "tone" }, grid: { drawOnChartArea: false } },
        },
        onClick: (_e, elements) => elements.length && showBucket(elements[0].index),
      },
    });
    table.classList.toggle("normalized", !!norm);
    const tbody = clear(table.tBodies[0]);
    points.forEach((p, i) => {
      const row = el(
        "tr",
        { class: "clickable", dataset: { start: p.start || "" }, tabindex: "0" },
        el("td", {}, p.start || "unknown"),
        el("td", { dataset: { k: "events" } }, String(p.events)),
        quadKeys.map((k) => el("td", { dataset: { k } }, String(p.quad[k]))),
        el("td", { dataset: { k: "goldstein_sum" } }, fmt(p.goldstein_sum, 1)),
        el("td", { dataset: { k: "goldstein_mean" } }, fmt(p.goldstein_mean)),
        el("td", { dataset: { k: "mean_tone" } }, fmt(p.mean_tone)),
        el("td", { class: "norm", dataset: { k: "share" } }, p.share !== undefined ? (100 * p.share).toFixed(2) + "%" : ""),
      );
      row.addEventListener("click", () => showBucket(i));
      row.addEventListener("keydown", (k) => k.key === "Enter" && showBucket(i));
      tbody.append(row);
    });
  };

  const run = async () => {
    const f = formParams(form);
    current = { source: f.source || "", target: f.target || "", both: !!f.both };
    if (!current.source || !current.target) return;
    history.replaceState(null, "", "#dyad?" + new URLSearchParams(f));
    status("dyad-status", "Loading…");
    clear(eventsBox);
    try {
      const res = await get("series/dyad", {
        source: current.source, target: current.target, both: current.both ? "true" : "",
        from: f.from, to: f.to, interval: f.interval, normalize: f.normalize ? "true" : "",
      });
      const total = res.points.reduce((n, p) => n + p.events, 0);
      status("dyad-status", `${total} events in ${res.points.length} ${res.interval}${res.points.length === 1 ? "" : "s"} · quad classes: GDELT mapping · click a bar or a row for its events`);
      draw(res);
    } catch (e) {
      status("dyad-status", e.message, true);
    }
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  return {
    // show fills the form from the hash's parameters and draws.
    show(params) {
      for (const [k, v] of params) {
        const input = form.elements.namedItem(k);
        if (!input) continue;
        if (input.type === "checkbox") input.checked = v === "on" || v === "true";
        else input.value = v;
      }
      if (params.get("source") && params.get("target") && !chart) run();
    },
  };
}
