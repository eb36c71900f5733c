// What every group's page shows (the programme, a cohort, an institution): headline figures with
// the band, the trend from its history, theme scores and the leadership levels.
import { barChart, trendChart } from "./charts.js";
import { cards, h, section, suppressedWhy } from "./dom.js";
import { LEVELS, THEMES, count, dateTime, name, number, percent, t } from "./i18n.js";
import { dataTable } from "./table.js";

export const HEADLINE = ["readinessIndex", "enrolled", "completed", "withdrawn", "attendanceRate", "proficiency",
  "growth", "completionRate", "levelCoverage", "atRisk"];

/** baseline: per theme a mean baseline score, when the caller may know one (participants' rows), else null. */
export function groupView(key, figures, history, baseline = null) {
  return [
    h("div", { class: "headline" }, cards(key, figures, HEADLINE)),
    figures.suppressed ? h("p", { class: "note suppressed-note" }, t(suppressedWhy(figures) === "suppressedShort" ? "suppressedNote" : "suppressedBesideNote")) : null,
    history ? section(t("trend"), history.items.length ? trendChart(t("trend"), history.items) : h("p", {}, t("trendNone"))) : null,
    figures.suppressed ? null : themesSection(figures, baseline),
    figures.suppressed ? null : levelsSection(key, figures),
  ];
}

function themesSection(figures, baseline) {
  const scores = figures.themeScores || {};
  const themes = THEMES.filter(theme => theme in scores || (baseline && theme in baseline));
  if (!themes.length) return null;
  const categories = themes.map(theme => ({ code: theme, label: name("theme", theme) }));
  const series = [];
  if (baseline) series.push({ label: t("baseline"), values: themes.map(theme => baseline[theme] ?? null) });
  series.push({ label: t("latest"), values: themes.map(theme => scores[theme] ?? null) });
  return section(t("themeScores"), barChart(t("themeScores"), categories, series));
}

function levelsSection(key, figures) {
  const levels = LEVELS.filter(level => figures.levels && figures.levels[level]);
  if (!levels.length) return null;
  const rows = levels.map(level => ({ level, ...figures.levels[level] }));
  const hidden = row => row.suppressed ? t(suppressedWhy(row)) : null;
  return section(t("levels"), dataTable({
    caption: t("levels"),
    columns: [
      { label: t("level"), cell: row => name("level", row.level) },
      { label: t("enrolled"), numeric: true, cell: row => count(row.enrolled) },
      { label: t("attendanceRate"), numeric: true, cell: row => hidden(row) ?? percent(row.attendanceRate) },
      { label: t("proficiency"), numeric: true, cell: row => hidden(row) ?? number(row.proficiency) },
      { label: t("growth"), numeric: true, cell: row => hidden(row) ?? number(row.growth) },
      { label: t("atRisk"), numeric: true, cell: row => hidden(row) ?? count(row.atRisk) },
    ],
    rows,
  }));
}

/** The page's heading line under the title: figures as of the newest event in them. */
export function asOf(figures) {
  return h("p", { class: "as-of" }, t("asOf", { time: figures.lastEventAt ? dateTime(figures.lastEventAt) : t("noEvents") }));
}
