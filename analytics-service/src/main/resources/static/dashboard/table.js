// A data table with a header for every column (WCAG: headers, scope), optionally sortable by
// keyboard or mouse (a button in each header, aria-sort on the sorted one).
import { h, replace } from "./dom.js";
import { language, t } from "./i18n.js";

/**
 * columns: [{ label, cell: row => Node|string, sort: row => number|string|null, numeric }]
 * rows: the data; caption: the table's name (screen readers announce it).
 */
export function dataTable({ caption, columns, rows, sortable = false, initialSort = null, rowHeader = 0 }) {
  const body = h("tbody");
  let sorted = initialSort; // { index, descending }
  const headers = columns.map((column, index) => {
    const th = h("th", { scope: "col", class: column.numeric ? "num" : null });
    if (sortable && column.sort) {
      th.append(h("button", { type: "button", class: "sort", "aria-label": t("sortBy", { column: column.label }),
        onclick: () => {
          sorted = { index, descending: sorted?.index === index ? !sorted.descending : Boolean(column.numeric) };
          draw();
        } }, column.label));
    } else {
      th.textContent = column.label;
    }
    return th;
  });

  function draw() {
    let ordered = rows;
    if (sorted) {
      const key = columns[sorted.index].sort;
      const collator = new Intl.Collator(language());
      ordered = [...rows].sort((a, b) => {
        const x = key(a), y = key(b);
        if (x == null && y == null) return 0;
        if (x == null) return 1; // nulls last either way
        if (y == null) return -1;
        const order = typeof x === "number" ? x - y : collator.compare(String(x), String(y));
        return sorted.descending ? -order : order;
      });
    }
    headers.forEach((th, index) => {
      if (sorted && sorted.index === index) th.setAttribute("aria-sort", sorted.descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    replace(body, ordered.map(row => h("tr", {}, columns.map((column, index) => h(index === rowHeader ? "th" : "td",
      { scope: index === rowHeader ? "row" : null, class: column.numeric ? "num" : null }, column.cell(row))))));
  }

  draw();
  return h("div", { class: "table-wrap" },
    h("table", {}, caption ? h("caption", {}, caption) : null, h("thead", {}, h("tr", {}, headers)), body));
}
