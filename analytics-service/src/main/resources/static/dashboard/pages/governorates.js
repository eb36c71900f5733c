// The 11 governorates: a tile-grid map coloured by band (no free outline map of Oman's
// governorates is served: field-notes.md), and their table. A tile opens the governorate's
// institutions.
import { readiness } from "../api.js";
import { csvLink, figure, h, section } from "../dom.js";
import { count, name, t } from "../i18n.js";
import { dataTable } from "../table.js";

// column, row on a 4 × 6 grid, north up, as the governorates lie
const TILES = {
  MUSANDAM: [2, 1], AL_BURAIMI: [1, 2], NORTH_AL_BATINAH: [2, 2], AD_DHAHIRAH: [1, 3], SOUTH_AL_BATINAH: [2, 3],
  MUSCAT: [3, 3], AD_DAKHILIYAH: [2, 4], NORTH_ASH_SHARQIYAH: [3, 4], SOUTH_ASH_SHARQIYAH: [4, 4], AL_WUSTA: [2, 5],
  DHOFAR: [1, 6],
};

const key = governorate => `governorate:${governorate}`;

export async function governorates() {
  const { items } = await readiness.governorates();
  return {
    title: t("governorates"),
    content: [
      section(t("map"), map(items)),
      section(t("governorates"), h("div", { class: "actions" }, csvLink("/api/readiness/governorates")), table(items)),
    ],
    refresh: async () => (await readiness.governorates()).items.map(g => [key(g.governorate), g]),
  };
}

function map(items) {
  // a map keeps north up and west on the left in either language
  return h("ol", { class: "tile-map", dir: "ltr" }, Object.entries(TILES).map(([governorate, [column, row]]) => {
    const figures = items.find(g => g.governorate === governorate);
    const tile = figures
      ? h("a", { href: `#/institutions?governorate=${governorate}`, class: "tile", "data-band": figures.band },
          h("span", { class: "tile-name" }, name("governorate", governorate)),
          figure("span", key(governorate), "readinessIndex", figures, { class: "tile-index" }),
          figure("span", key(governorate), "band", figures, { class: "tile-band" }))
      : h("span", { class: "tile", "data-band": "NONE" }, h("span", { class: "tile-name" }, name("governorate", governorate)));
    return h("li", { class: `tile-cell col-${column} row-${row}`, lang: document.documentElement.lang,
      dir: document.documentElement.dir }, tile);
  }));
}

function table(items) {
  return dataTable({
    caption: t("governorates"), sortable: true, initialSort: { index: 3, descending: true },
    columns: [
      { label: t("governorate"), sort: g => name("governorate", g.governorate),
        cell: g => h("a", { href: `#/institutions?governorate=${g.governorate}` }, name("governorate", g.governorate)) },
      { label: t("institutionCount"), numeric: true, sort: g => g.institutions, cell: g => count(g.institutions) },
      { label: t("enrolled"), numeric: true, sort: g => g.enrolled, cell: g => figure("span", key(g.governorate), "enrolled", g) },
      { label: t("readinessIndex"), numeric: true, sort: g => g.readinessIndex, cell: g => figure("span", key(g.governorate), "readinessIndex", g) },
      { label: t("band"), sort: g => g.readinessIndex, cell: g => figure("span", key(g.governorate), "band", g) },
      { label: t("atRisk"), numeric: true, sort: g => g.atRisk, cell: g => figure("span", key(g.governorate), "atRisk", g) },
    ],
    rows: [...items],
  });
}

