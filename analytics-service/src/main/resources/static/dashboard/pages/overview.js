// The programme overview: headline figures with bands, the index's trend over the programme, theme
// scores, levels, leaders at risk; a cohort selector shows the same for one cohort.
import { readiness } from "../api.js";
import { h, section } from "../dom.js";
import { own, t } from "../i18n.js";
import { asOf, groupView } from "../group.js";

export async function overview({ query, go }) {
  const cohortCode = query.get("cohort") || "";
  const [cohorts, figures, history] = await Promise.all([
    readiness.cohorts(),
    cohortCode ? readiness.cohort(cohortCode) : readiness.programme(),
    readiness.history(cohortCode ? `cohorts/${encodeURIComponent(cohortCode)}` : "programme"),
  ]);
  const key = cohortCode ? `cohort:${cohortCode}` : "programme";
  const selector = h("select", { id: "overview-cohort", onchange: event => go(event.target.value ? `#/?cohort=${encodeURIComponent(event.target.value)}` : "#/") },
    h("option", { value: "" }, t("allCohorts")),
    cohorts.items.map(cohort => h("option", { value: cohort.cohortCode, selected: cohort.cohortCode === cohortCode }, own(cohort))));
  return {
    title: t("overview"),
    content: [
      h("div", { class: "filters" }, h("label", { for: "overview-cohort" }, t("cohort")), selector),
      asOf(figures),
      section(t("programmeFigures"), ...groupView(key, figures, history)),
    ],
    // a changed institution changes the programme's (or cohort's) figures: re-read them
    refresh: async () => [[key, await (cohortCode ? readiness.cohort(cohortCode) : readiness.programme())]],
  };
}
