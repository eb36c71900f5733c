// Charts with Apache ECharts (served by the service, vendor/echarts), mirrored for right-to-left
// (ECharts has no RTL mode: the category axis runs from the right and the value axis stands on the
// right in Arabic). Every chart comes with its data as a table, for screen readers and print.
import { h, suppressedWhy } from "./dom.js";
import { language, number, t } from "./i18n.js";
import { dataTable } from "./table.js";

const COLOURS = ["#0b5d7a", "#b45309", "#4d7c0f", "#7e22ce"];
const INK = "#1d2733";
const LABEL_WIDTH = 230;
const mounted = new Set();
let pending = [];

/** Draws the charts of the page just shown; disposes those of the page before. */
export function mountCharts() {
  for (const chart of mounted) chart.dispose();
  mounted.clear();
  for (const draw of pending) draw();
  pending = [];
}

window.addEventListener("resize", () => mounted.forEach(chart => chart.resize()));

function chart(title, option, table) {
  // ECharts lays its text out left to right; in a right-to-left page SVG text would anchor at its other end
  const canvas = h("div", { class: "chart", role: "img", "aria-label": title, dir: "ltr" });
  pending.push(() => {
    if (!window.echarts || !canvas.isConnected) return;
    const instance = window.echarts.init(canvas, null, { renderer: "svg" });
    // a viewBox lets the print stylesheet scale the drawing to the paper's width
    instance.on("finished", () => {
      const svg = canvas.querySelector("svg");
      if (svg) svg.setAttribute("viewBox", `0 0 ${svg.getAttribute("width")} ${svg.getAttribute("height")}`);
    });
    instance.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, ...option });
    mounted.add(instance);
  });
  return h("figure", { class: "chart-figure" }, h("figcaption", { class: "visually-hidden" }, title), canvas,
    h("details", { class: "chart-data" }, h("summary", {}, t("showData")), table));
}

/** The readiness index per day (a history's items), oldest first, from the start on the reading side. */
export function trendChart(title, items) {
  const rtl = language() === "ar";
  const option = {
    grid: { left: 56, right: 56, top: 24, bottom: 36 },
    tooltip: { trigger: "axis", valueFormatter: v => number(v) },
    xAxis: { type: "category", inverse: rtl, data: items.map(item => item.date), boundaryGap: false,
      axisLabel: { formatter: d => new Intl.DateTimeFormat(rtl ? "ar-OM" : "en-GB", { day: "numeric", month: "short", timeZone: "UTC" })
        .format(new Date(d + "T00:00:00Z")) } },
    yAxis: { type: "value", min: 0, max: 100, position: rtl ? "right" : "left", axisLabel: { formatter: v => number(v, 0) } },
    series: [{ type: "line", name: t("readinessIndex"), showSymbol: items.length < 40, color: COLOURS[0],
      data: items.map(item => item.suppressed ? null : item.readinessIndex), areaStyle: { opacity: 0.08 } }],
  };
  const table = dataTable({ caption: t("dataTable"), columns: [
    { label: t("date"), cell: item => item.date },
    { label: t("readinessIndex"), numeric: true, cell: item => item.suppressed ? t(suppressedWhy(item)) : number(item.readinessIndex) },
    { label: t("enrolled"), numeric: true, cell: item => String(item.enrolled) },
  ], rows: items });
  return chart(title, option, table);
}

/**
 * Bars per category (themes, levels), one series per entry of series: [{ label, values }]; values
 * are 0–100 scores (null: none). Horizontal, so long Arabic names read in full.
 */
export function barChart(title, categories, series) {
  const rtl = language() === "ar";
  const option = {
    // room for the theme names on the reading side (ECharts does not measure wrapped labels)
    grid: { left: rtl ? 48 : LABEL_WIDTH + 16, right: rtl ? LABEL_WIDTH + 16 : 48, top: series.length > 1 ? 32 : 8, bottom: 24 },
    legend: series.length > 1 ? { top: 0, [rtl ? "right" : "left"]: 0 } : undefined,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: v => number(v) },
    xAxis: { type: "value", min: 0, max: 100, inverse: rtl, axisLabel: { formatter: v => number(v, 0) } },
    yAxis: { type: "category", inverse: true, position: rtl ? "right" : "left", data: categories.map(c => c.label),
      axisLabel: { width: LABEL_WIDTH, overflow: "break", color: INK, lineHeight: 15 } },
    series: series.map((s, i) => ({ type: "bar", name: s.label, data: s.values, color: COLOURS[i % COLOURS.length],
      label: { show: true, position: rtl ? "left" : "right", distance: 4, color: INK, formatter: p => p.value == null ? "" : number(p.value) } })),
  };
  const table = dataTable({ caption: t("dataTable"), columns: [
    { label: title, cell: c => c.label },
    ...series.map(s => ({ label: s.label, numeric: true, cell: c => number(s.values[categories.indexOf(c)]) })),
  ], rows: categories });
  const figure = chart(title, option, table);
  figure.querySelector(".chart").style.height = `${Math.max(160, categories.length * (series.length > 1 ? 52 : 40) + 60)}px`;
  return figure;
}
