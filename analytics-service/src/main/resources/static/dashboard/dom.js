// Building the page from data without innerHTML (names come from the API: never markup), and the
// figures' cells that live updates rewrite in place.
import { count, name, number, percent, t } from "./i18n.js";

/** An element: h("td", {class: "num"}, "12", otherNode). Attributes whose value is null are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? "" : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

const COUNTS = ["enrolled", "completed", "withdrawn", "atRisk", "institutions", "attended", "expected"];
const RATES = ["attendanceRate", "completionRate", "levelCoverage"];

/** A figure as text: counts, rates as percentages, scores and the index with one decimal. */
export function formatted(field, value) {
  if (COUNTS.includes(field)) return count(value);
  if (RATES.includes(field)) return percent(value);
  return number(value);
}

/** The text of one field of a Readiness object as this caller sees it (a suppressed group says so). */
export function figureText(readiness, field) {
  if (field === "band") return name("band", readiness.band);
  if (readiness.suppressed && !COUNTS.slice(0, 3).includes(field)) {
    return field === "readinessIndex" ? t(suppressedWhy(readiness)) : "—";
  }
  return formatted(field, readiness[field]);
}

/**
 * Why a group is hidden: fewer than 3 leaders itself, or hidden beside a small sibling that its
 * parent would otherwise give away (readiness-metrics.md, small groups).
 */
export function suppressedWhy(readiness) {
  return readiness.enrolled < 3 ? "suppressedShort" : "suppressedBeside";
}

/** The band as a badge (colour and words: never colour alone). */
export function badge(band) {
  return h("span", { class: `badge band-${band}`, "data-band": band }, name("band", band));
}

/**
 * A cell of a group's figure that live updates can find again: data-key names the group
 * ("institution:MTCIT"), data-field the field.
 */
export function figure(tag, key, field, readiness, attributes = {}) {
  const element = h(tag, { ...attributes, "data-key": key, "data-field": field });
  fill(element, field, readiness);
  return element;
}

function fill(element, field, readiness) {
  element.dataset.suppressed = Boolean(readiness.suppressed);
  if (field === "band") replace(element, badge(readiness.band));
  else element.textContent = figureText(readiness, field);
  element.classList.toggle("suppressed", Boolean(readiness.suppressed) && field !== "band" && !COUNTS.includes(field));
}

/**
 * Rewrites the cells of group {@code key} whose text changed. Answers "reshaped" when the group
 * turned hidden or shown (a page then shows other sections, not only other numbers).
 */
export function updateInPlace(key, readiness) {
  let reshaped = false;
  document.querySelectorAll(`[data-key="${CSS.escape(key)}"]`).forEach(element => {
    reshaped ||= element.dataset.suppressed !== String(Boolean(readiness.suppressed));
    const before = element.textContent;
    fill(element, element.dataset.field, readiness);
    if (element.textContent !== before) {
      element.classList.remove("changed");
      void element.offsetWidth; // restart the highlight
      element.classList.add("changed");
    }
  });
  return reshaped;
}

/** The headline cards of a group: label and value, each value a live figure. */
export function cards(key, readiness, fields) {
  return h("dl", { class: "cards" },
    fields.map(field => h("div", { class: field === "readinessIndex" ? "card main" : "card" },
      h("dt", {}, t(field)),
      figure("dd", key, field, readiness),
      field === "readinessIndex" ? figure("dd", key, "band", readiness, { class: "card-band" }) : null)));
}

export function section(title, ...children) {
  const id = "s-" + Math.random().toString(36).slice(2, 9);
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

export function link(href, text, attributes = {}) { return h("a", { href, ...attributes }, text); }

export function csvLink(path) {
  const href = path + (path.includes("?") ? "&" : "?") + "format=csv";
  return h("a", { class: "button csv", href, download: "" }, t("csv"));
}
