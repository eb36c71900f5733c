// The cohorts side by side (a cohort that started last week is not ranked against one that has
// finished: each shows its own dates), and one cohort's page with its institutions.
import { query, readiness } from "../api.js";
import { csvLink, figure, h, section } from "../dom.js";
import { count, day, name, own, t } from "../i18n.js";
import { asOf, groupView } from "../group.js";
import { dataTable } from "../table.js";
import { institutionKey } from "./institutions.js";

const key = code => `cohort:${code}`;

export async function cohorts() {
  const { items } = await readiness.cohorts();
  return {
    title: t("cohorts"),
    content: [section(t("cohorts"), h("div", { class: "actions" }, csvLink("/api/readiness/cohorts")), dataTable({
      caption: t("cohorts"), sortable: true,
      columns: [
        { label: t("cohort"), sort: c => own(c), cell: c => h("a", { href: `#/cohorts/${encodeURIComponent(c.cohortCode)}` }, own(c)) },
        { label: t("startsOn"), sort: c => c.startsOn, cell: c => day(c.startsOn) },
        { label: t("endsOn"), sort: c => c.endsOn, cell: c => day(c.endsOn) },
        { label: t("institutionCount"), numeric: true, sort: c => c.institutions, cell: c => count(c.institutions) },
        { label: t("enrolled"), numeric: true, sort: c => c.enrolled, cell: c => figure("span", key(c.cohortCode), "enrolled", c) },
        { label: t("readinessIndex"), numeric: true, sort: c => c.readinessIndex, cell: c => figure("span", key(c.cohortCode), "readinessIndex", c) },
        { label: t("band"), sort: c => c.readinessIndex, cell: c => figure("span", key(c.cohortCode), "band", c) },
      ],
      rows: items,
    }))],
    refresh: async () => (await readiness.cohorts()).items.map(c => [key(c.cohortCode), c]),
  };
}

export async function cohort({ params }) {
  const code = params[0];
  const [figures, history, institutions] = await Promise.all([
    readiness.cohort(code), readiness.history(`cohorts/${encodeURIComponent(code)}`), readiness.institutions(code)]);
  const cell = field => i => figure("span", institutionKey(i.institutionCode, code), field, i);
  return {
    title: own(figures),
    content: [
      h("p", { class: "identity" }, `${day(figures.startsOn)} – ${day(figures.endsOn)}`),
      asOf(figures),
      ...groupView(key(code), figures, history),
      section(t("institutions"), h("div", { class: "actions" }, csvLink(query("/api/readiness/institutions", { cohortCode: code }))),
        dataTable({
          caption: t("institutions"), sortable: true,
          columns: [
            { label: t("institution"), sort: i => own(i),
              cell: i => h("a", { href: `#/institutions/${encodeURIComponent(i.institutionCode)}?cohort=${encodeURIComponent(code)}` }, own(i)) },
            { label: t("governorate"), sort: i => name("governorate", i.governorate), cell: i => name("governorate", i.governorate) },
            { label: t("enrolled"), numeric: true, sort: i => i.enrolled, cell: cell("enrolled") },
            { label: t("readinessIndex"), numeric: true, sort: i => i.readinessIndex, cell: cell("readinessIndex") },
            { label: t("band"), sort: i => i.readinessIndex, cell: cell("band") },
          ],
          rows: institutions.items.filter(i => i.enrolled > 0),
        })),
    ],
    refresh: async () => {
      const [again, list] = await Promise.all([readiness.cohort(code), readiness.institutions(code)]);
      return [[key(code), again], ...list.items.map(i => [institutionKey(i.institutionCode, code), i])];
    },
  };
}
