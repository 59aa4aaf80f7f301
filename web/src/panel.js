// The side panel that shows one event or actor.
import { clear } from "./dom.js";

export function openPanel(...content) {
  const panel = document.getElementById("panel");
  const body = document.getElementById("panel-body");
  clear(body, ...content);
  panel.hidden = false;
  return body;
}

export function initPanel() {
  const panel = document.getElementById("panel");
  document.getElementById("panel-close").addEventListener("click", () => (panel.hidden = true));
  document.addEventListener("keydown", (e) => e.key === "Escape" && (panel.hidden = true));
}
