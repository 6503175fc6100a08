import { HCE_THRESHOLDS_BEFORE_TABLE, LAST_LIMITS_YEAR, LIMITS_TABLE, type LimitValue, type YearLimits } from "@/lib/plan/limits";
import type { PlanDefinition } from "@/lib/plan/definition";
import { sourceLines } from "@/lib/pages/plan-facts/limit-sources";
import { formatDollars } from "@/lib/money";
import { html, tableRegion, type Html } from "@/app/components/static-html";
import styles from "./plan.module.css";

type Column = keyof Omit<YearLimits, "year">;

const COLUMNS: { key: Column; title: string; catchUp?: true }[] = [
  { key: "electiveDeferral", title: "Own savings a year (402(g))" },
  { key: "catchUp50", title: "Catch-up, age 50+ (414(v))", catchUp: true },
  { key: "catchUp60to63", title: "Catch-up, ages 60–63", catchUp: true },
  { key: "annualAdditions", title: "All additions a year (415(c))" },
  { key: "compensation", title: "Pay counted (401(a)(17))" },
  { key: "hceThreshold", title: "Highly paid from (HCE, 414(q))" },
];

/** The IRS limits by plan year, and the source of every value, as HTML (see static-html). */
export function limits(plan: PlanDefinition): Html {
  const first = HCE_THRESHOLDS_BEFORE_TABLE[0]!.year;
  const noCatchUp = !plan.options.catchUp;
  const sources = sourceLines(
    LIMITS_TABLE.map((row) => ({ year: row.year, sources: COLUMNS.flatMap((column) => (row[column.key] as LimitValue | null)?.source ?? []) })),
  );
  const before = sourceLines(HCE_THRESHOLDS_BEFORE_TABLE.map(({ year, threshold }) => ({ year, sources: [threshold.source] })));
  const table = html`<table class="${styles.limits} ${noCatchUp ? styles.noCatchUp : ""}"><thead><tr><th scope="col">Year</th>${COLUMNS.map(
    (column) => html`<th scope="col" class="num">${column.title}${column.catchUp && noCatchUp ? html`<span class="${styles.sub}">not in this plan</span>` : ""}</th>`,
  )}</tr></thead><tbody>${LIMITS_TABLE.map(
    (row) =>
      html`<tr><th scope="row">${row.year}</th>${COLUMNS.map((column) => {
        const value = row[column.key] as LimitValue | null;
        return html`<td class="num">${value ? formatDollars(value.amount) : "–"}</td>`;
      })}</tr>`,
  )}</tbody></table>`;
  const lines = [...sources, ...before.map((line) => ({ ...line, years: `${line.years}, thresholds before the table` }))];
  return html`<section aria-labelledby="limits" class="${styles.section}"><h2 id="limits">IRS limits</h2><p>The dollar limits the calculator applies, by plan year. Years after ${LAST_LIMITS_YEAR} use the ${LAST_LIMITS_YEAR} values, and the calculator says so; years before ${LIMITS_TABLE[0]!.year} are not supported. The sources are listed below the table.</p>${
    noCatchUp
      ? html`<p><strong>Catch-up contributions are not in this plan</strong> (the report does not mention them; see “Where the report is silent”). The two catch-up columns are shown for reference only: the calculator does not use them.</p>`
      : ""
  }${tableRegion("IRS limits by year", styles.scroll, table)}<p>Whether an employee is highly paid for a plan year depends on the year before, so plan years ${first + 1} to ${LIMITS_TABLE[0]!.year} use these thresholds from before the table (for that test alone): ${HCE_THRESHOLDS_BEFORE_TABLE.map(
    ({ year, threshold }) => `${year} ${formatDollars(threshold.amount)}`,
  ).join(" · ")}. Before plan year ${first + 1} there is no threshold: pay cannot make an employee highly compensated (a 5% owner still is one), so state the status where pay would decide it.</p><details class="${styles.sources}"><summary>Sources of every value</summary><ul>${lines.map(
    (line) => html`<li><strong>${line.years}:</strong> ${line.text}</li>`,
  )}</ul></details></section>`;
}
