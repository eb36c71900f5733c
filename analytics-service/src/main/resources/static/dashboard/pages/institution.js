// One institution: its figures and trend, themes (baseline against latest where the caller may
// see its leaders), levels, and — for the programme office and its own coordinator — its leaders'
// progress with the at-risk flags first. Printable as a one-page report.
import { ApiError, participantsPath, readiness } from "../api.js";
import { csvLink, h, replace, section } from "../dom.js";
import { THEMES, count, name, number, own, percent, t } from "../i18n.js";
import { asOf, groupView } from "../group.js";
import { dataTable } from "../table.js";
import { institutionKey } from "./institutions.js";

export async function institution({ params, query: search, session }) {
  const code = params[0];
  const cohortCode = search.get("cohort") || "";
  const mayReadLeaders = session.roles.includes("PROGRAMME_ADMIN") || session.institution === code;
  const [figures, history, participants] = await Promise.all([
    readiness.institution(code, cohortCode || null),
    cohortCode ? null : readiness.history(`institutions/${encodeURIComponent(code)}`),
    mayReadLeaders ? readiness.participants(code, cohortCode || null, false) : null,
  ]);
  const key = institutionKey(code, cohortCode);
  const leaders = participants ? participantsSection(code, cohortCode, participants.items) : null;
  return {
    title: own(figures),
    content: [
      h("p", { class: "report-title" }, t("report")),
      h("p", { class: "identity" }, [name("governorate", figures.governorate), figures.sector ? name("sector", figures.sector) : null,
        session.institution === code ? t("ownInstitution") : null].filter(Boolean).join(" · ")),
      h("div", { class: "actions no-print" }, h("button", { type: "button", id: "print", onclick: () => window.print() }, t("print"))),
      asOf(figures),
      ...groupView(key, figures, history, participants ? baselines(participants.items) : null),
      leaders,
    ],
    refresh: async () => [[key, await readiness.institution(code, cohortCode || null)]],
    // hidden or shown now: its themes, levels and note come or go with it
    reshapes: changed => changed === code && !cohortCode,
  };
}

/** Per theme, the mean of the leaders' baseline scores (the group's "before"). */
function baselines(rows) {
  const means = {};
  for (const theme of THEMES) {
    const scores = rows.map(row => row.themes?.[theme]?.baseline).filter(score => score != null);
    if (scores.length) means[theme] = scores.reduce((a, b) => a + b, 0) / scores.length;
  }
  return Object.keys(means).length ? means : null;
}

function participantsSection(code, cohortCode, rows) {
  const holder = h("div", {}, table(rows));
  const onlyAtRisk = h("input", { type: "checkbox", id: "only-at-risk", onchange: async event => {
    try {
      const list = await readiness.participants(code, cohortCode || null, event.target.checked);
      replace(holder, table(list.items));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  } });
  return section(t("participants"),
    h("div", { class: "actions" }, h("label", { class: "check" }, onlyAtRisk, t("onlyAtRisk")),
      csvLink(participantsPath(code, cohortCode || null, false))),
    holder);
}

function table(rows) {
  return dataTable({
    caption: t("participants"), sortable: true,
    columns: [
      { label: t("participant"), sort: p => displayName(p), cell: p => displayName(p) },
      { label: t("level"), sort: p => name("level", p.level), cell: p => name("level", p.level) },
      { label: t("status"), sort: p => p.status, cell: p => name("status", p.status) },
      { label: t("attended"), numeric: true, sort: p => p.attended, cell: p => `${count(p.attended)} / ${count(p.expected)}` },
      { label: t("attendanceRate"), numeric: true, sort: p => p.attendanceRate, cell: p => percent(p.attendanceRate) },
      { label: t("proficiency"), numeric: true, sort: p => p.proficiency, cell: p => number(p.proficiency) },
      { label: t("flags"), sort: p => p.flags.length, cell: p => p.flags.length
        ? h("ul", { class: "flags" }, p.flags.map(flag => h("li", { class: "flag" }, name("flag", flag))))
        : t("none") },
    ],
    rows,
  });
}

function displayName(p) { return (document.documentElement.lang === "en" ? p.displayNameEn : p.displayNameAr) || p.displayNameEn; }
