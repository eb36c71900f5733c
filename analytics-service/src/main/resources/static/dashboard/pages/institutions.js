// The institutions ranked by readiness: filters by cohort (the API's), governorate, sector and a
// name search (on the page), sortable columns, each row opening the institution's page.
import { query, readiness } from "../api.js";
import { csvLink, figure, h, replace, section } from "../dom.js";
import { GOVERNORATES, SECTORS, count, name, own, t } from "../i18n.js";
import { dataTable } from "../table.js";

export const institutionKey = (code, cohortCode) => cohortCode ? `institution:${code}@${cohortCode}` : `institution:${code}`;

export async function institutions({ query: params, go }) {
  const cohortCode = params.get("cohort") || "";
  const [list, cohorts] = await Promise.all([readiness.institutions(cohortCode || null), readiness.cohorts()]);
  const rows = list.items;
  const filter = { governorate: params.get("governorate") || "", sector: params.get("sector") || "", q: params.get("q") || "" };
  const holder = h("div", { class: "results" });
  const found = h("p", { class: "count", role: "status" });

  function draw() {
    const words = filter.q.trim().toLocaleLowerCase();
    const shown = rows.filter(i => (!filter.governorate || i.governorate === filter.governorate)
      && (!filter.sector || i.sector === filter.sector)
      && (!words || [i.nameEn, i.nameAr, i.institutionCode].some(n => (n || "").toLocaleLowerCase().includes(words))));
    found.textContent = t("results", { count: count(shown.length) });
    replace(holder, table(shown, cohortCode));
  }

  const remember = () => history.replaceState(null, "", "#/institutions" + query("", { cohort: cohortCode, ...filter }));
  const select = (id, label, value, options, onchange) => h("div", { class: "filter" },
    h("label", { for: id }, label),
    h("select", { id, onchange }, options.map(([code, text]) => h("option", { value: code, selected: code === value }, text))));
  const filters = h("div", { class: "filters" },
    select("filter-cohort", t("cohort"), cohortCode,
      [["", t("allCohorts")], ...cohorts.items.map(c => [c.cohortCode, own(c)])],
      e => go("#/institutions" + query("", { ...filter, cohort: e.target.value }))),
    select("filter-governorate", t("governorate"), filter.governorate,
      [["", t("allGovernorates")], ...GOVERNORATES.map(g => [g, name("governorate", g)])],
      e => { filter.governorate = e.target.value; remember(); draw(); }),
    select("filter-sector", t("sector"), filter.sector,
      [["", t("allSectors")], ...SECTORS.filter(s => s !== "UNKNOWN").map(s => [s, name("sector", s)])],
      e => { filter.sector = e.target.value; remember(); draw(); }),
    h("div", { class: "filter" }, h("label", { for: "filter-search" }, t("search")),
      h("input", { id: "filter-search", type: "search", value: filter.q,
        oninput: e => { filter.q = e.target.value; remember(); draw(); } })));
  draw();
  return {
    title: t("institutions"),
    content: [section(t("institutions"), filters,
      h("div", { class: "actions" }, found, csvLink(query("/api/readiness/institutions", { cohortCode }))), holder)],
    // live figures are the whole programme's: a cohort's rows are re-read instead
    onFigures: changed => { if (!cohortCode) Object.assign(rows.find(i => i.institutionCode === changed.institutionCode) || {}, changed); },
    refresh: cohortCode ? async () => (await readiness.institutions(cohortCode)).items.map(i => {
      Object.assign(rows.find(r => r.institutionCode === i.institutionCode) || {}, i);
      return [institutionKey(i.institutionCode, cohortCode), i];
    }) : null,
  };
}

function table(rows, cohortCode) {
  const key = i => institutionKey(i.institutionCode, cohortCode);
  const cell = field => i => figure("span", key(i), field, i);
  const href = i => "#/institutions/" + encodeURIComponent(i.institutionCode) + query("", { cohort: cohortCode });
  return dataTable({
    caption: t("institutions"), sortable: true,
    columns: [
      { label: t("institution"), sort: i => own(i), cell: i => h("a", { href: href(i) }, own(i)) },
      { label: t("governorate"), sort: i => name("governorate", i.governorate), cell: i => name("governorate", i.governorate) },
      { label: t("sector"), sort: i => name("sector", i.sector), cell: i => i.sector ? name("sector", i.sector) : "—" },
      { label: t("enrolled"), numeric: true, sort: i => i.enrolled, cell: cell("enrolled") },
      { label: t("attendanceRate"), numeric: true, sort: i => i.attendanceRate, cell: cell("attendanceRate") },
      { label: t("proficiency"), numeric: true, sort: i => i.proficiency, cell: cell("proficiency") },
      { label: t("completionRate"), numeric: true, sort: i => i.completionRate, cell: cell("completionRate") },
      { label: t("atRisk"), numeric: true, sort: i => i.atRisk, cell: cell("atRisk") },
      { label: t("readinessIndex"), numeric: true, sort: i => i.readinessIndex, cell: cell("readinessIndex") },
      { label: t("band"), sort: i => i.readinessIndex, cell: cell("band") },
    ],
    rows,
  });
}
