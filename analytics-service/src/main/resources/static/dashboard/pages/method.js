// How the figures are made, from GET /api/readiness/method (the constants the computation uses).
import { readiness } from "../api.js";
import { badge, h, section } from "../dom.js";
import { language, name, number, percent, t } from "../i18n.js";
import { dataTable } from "../table.js";

const WEIGHTS = ["attendanceRate", "proficiency", "completionRate", "levelCoverage"];

export async function method() {
  const m = await readiness.method();
  const text = bilingual => bilingual[language()] ?? bilingual.en;
  return {
    title: t("method"),
    content: [
      section(t("index"), h("p", {}, text(m.index)), dataTable({
        caption: t("weights"),
        columns: [{ label: t("component"), cell: w => t(w) }, { label: t("weight"), numeric: true, cell: w => percent(m.weights[w]) }],
        rows: WEIGHTS.filter(w => w in m.weights),
      })),
      section(t("bands"), dataTable({
        caption: t("bands"),
        columns: [{ label: t("band"), cell: b => badge(b.band) }, { label: t("fromIndex"), numeric: true, cell: b => b.from == null ? "—" : number(b.from, 0) },
          { label: t("description"), cell: b => text(b.text) }],
        rows: m.bands,
      })),
      section(t("suppression"), h("p", {}, text(m.suppression.text))),
      section(t("riskRules"), h("ul", { class: "rules" }, m.atRiskRules.map(rule =>
        h("li", {}, h("strong", {}, name("flag", rule.flag)), " — ", text(rule.text))))),
      section(t("history"), h("p", {}, text(m.history))),
    ],
  };
}
