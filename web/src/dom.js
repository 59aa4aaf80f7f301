// Safe DOM building: every string becomes a text node or an attribute
// value set through the DOM, never HTML, so article text cannot inject
// markup or script.

// el creates an element with attributes and children. Children are nodes,
// strings (text nodes) or null/undefined (skipped). Attributes starting
// with "on" are refused: handlers are attached with addEventListener.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) throw new Error("el: event handler attribute " + k);
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// svg creates an SVG element with attributes.
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith("on")) throw new Error("svg: event handler attribute " + k);
    node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

// link returns an anchor for an http(s) URL, or the text alone for any
// other URL (javascript:, data:, relative...).
export function link(url, text) {
  let ok = false;
  try {
    const u = new URL(url);
    ok = (u.protocol === "http:" || u.protocol === "https:") && u.href === url;
  } catch {
    ok = false;
  }
  if (!ok) return el("span", { class: "muted" }, text || url || "");
  return el("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow" }, text || url);
}

// clear replaces the children of node with children (as el takes them).
export function clear(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export function status(id, msg, isError = false) {
  const n = document.getElementById(id);
  n.textContent = msg || "";
  n.classList.toggle("error", !!isError);
}

export const quadNames = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

export function quadBadge(q) {
  return el("span", { class: "quad q" + q, title: quadNames[q] || "" });
}

export function fmt(n, digits = 2) {
  return typeof n === "number" ? (Number.isInteger(n) ? String(n) : n.toFixed(digits)) : "";
}
