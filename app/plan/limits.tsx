import { HCE_THRESHOLDS_BEFORE_TABLE, LAST_LIMITS_YEAR, LIMITS_TABLE, type LimitValue, type YearLimits } from "@/lib/plan/limits";
import type { PlanDefinition } from "@/lib/plan/definition";
import { sourceRuns } from "@/lib/pages/plan-facts/limit-sources";
import { formatDollars } from "@/lib/money";
import { html, tableRegion, type Html } from "@/app/components/static-html";
import { markup, type PlanText } from "./words";
import styles from "./plan.module.css";

type Column = keyof Omit<YearLimits, "year">;

const COLUMNS: { key: Column; title: "colDeferral" | "colCatchUp50" | "colCatchUp60" | "colAdditions" | "colCompensation" | "colHce"; catchUp?: true }[] = [
  { key: "electiveDeferral", title: "colDeferral" },
  { key: "catchUp50", title: "colCatchUp50", catchUp: true },
  { key: "catchUp60to63", title: "colCatchUp60", catchUp: true },
  { key: "annualAdditions", title: "colAdditions" },
  { key: "compensation", title: "colCompensation" },
  { key: "hceThreshold", title: "colHce" },
];

/** The IRS limits by plan year, and the source of every value, as HTML (see static-html). */
export function limits(plan: PlanDefinition, { t, words }: PlanText): Html {
  const first = HCE_THRESHOLDS_BEFORE_TABLE[0]!.year;
  const noCatchUp = !plan.options.catchUp;
  const sources = sourceRuns(
    LIMITS_TABLE.map((row) => ({ year: row.year, sources: COLUMNS.flatMap((column) => (row[column.key] as LimitValue | null)?.source ?? []) })),
  );
  const before = sourceRuns(HCE_THRESHOLDS_BEFORE_TABLE.map(({ year, threshold }) => ({ year, sources: [threshold.source] })));
  const table = html`<table class="${styles.limits} ${noCatchUp ? styles.noCatchUp : ""}"><thead><tr><th scope="col">${t("colYear")}</th>${COLUMNS.map(
    (column) => html`<th scope="col" class="num">${t(column.title)}${column.catchUp && noCatchUp ? html`<span class="${styles.sub}">${t("notInPlan")}</span>` : ""}</th>`,
  )}</tr></thead><tbody>${LIMITS_TABLE.map(
    (row) =>
      html`<tr><th scope="row">${row.year}</th>${COLUMNS.map((column) => {
        const value = row[column.key] as LimitValue | null;
        return html`<td class="num">${value ? formatDollars(value.amount) : "–"}</td>`;
      })}</tr>`,
  )}</tbody></table>`;
  const lines = [
    ...sources.map(words.facts.limitSourceLine),
    ...before.map(words.facts.limitSourceLine).map((line) => ({ ...line, years: `${line.years}, ${t("beforeTable")}` })),
  ];
  const thresholds = HCE_THRESHOLDS_BEFORE_TABLE.map(({ year, threshold }) => `${year} ${formatDollars(threshold.amount)}`).join(" · ");
  return html`<section aria-labelledby="limits" class="${styles.section}"><h2 id="limits">${t("limitsHeading")}</h2><p>${t("limitsIntro", {
    last: String(LAST_LIMITS_YEAR),
    first: String(LIMITS_TABLE[0]!.year),
  })}</p>${noCatchUp ? html`<p>${markup(t, "noCatchUp", {}, { strong: (chunks) => `<strong>${chunks}</strong>` })}</p>` : ""}${tableRegion(t("limitsRegion"), styles.scroll, table)}<p>${t("hceBefore", {
    from: String(first + 1),
    to: String(LIMITS_TABLE[0]!.year),
    thresholds,
  })}</p><details class="${styles.sources}"><summary>${t("sourcesSummary")}</summary><ul>${lines.map((line) => html`<li><strong>${line.years}:</strong> ${line.text}</li>`)}</ul></details></section>`;
}
