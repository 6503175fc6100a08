import { formatDollars } from "@/lib/money";
import { explainFailure, figureKey, type FootingReport } from "@/lib/pages/plan-facts/footing";
import { CHANGES_2002, FUNDS, NET_ASSETS, NOTE_3, PAGES, type ReportYear, type StatementLine } from "@/lib/pages/plan-facts/statements-2002";
import { html, tableRegion, type Html } from "@/app/components/static-html";
import styles from "./plan.module.css";
import { formatCount } from "@/lib/words/format";

type Statement = "netAssets" | "changes" | "note3";

/** For each flagged figure, the numbers of the findings (1-based) that concern it. */
function notesByFigure(report: FootingReport): Map<string, number[]> {
  const notes = new Map<string, number[]>();
  report.discrepancies.forEach((discrepancy, index) => {
    const keys = new Set<string>();
    for (const failure of discrepancy.checks) {
      keys.add(failure.rule.total);
      failure.candidates.forEach((candidate) => keys.add(candidate.key));
      if (failure.rule.kind === "agree") failure.rule.parts.forEach((part) => keys.add(part.key));
    }
    for (const key of keys) notes.set(key, [...(notes.get(key) ?? []), index + 1]);
  });
  return notes;
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** 2 → "two": small counts in words, larger ones in digits. */
export function countInWords(n: number): string {
  return WORDS[n] ?? formatCount(n);
}

/** A printed figure's cell: flagged, with links to its findings, when it does not add up. */
function amount(figure: string, printed: string | null | undefined, report: FootingReport, notes: Map<string, number[]>): Html {
  const flagged = report.flagged.has(figure);
  const value = report.figures.get(figure)?.amount;
  const flags = (notes.get(figure) ?? []).map(
    (note) => html`<a href="#footing-${note}" class="${styles.flag}"><span aria-hidden="true">⚑</span><span class="${styles.srOnly}">does not add up, see finding </span>${note}</a>`,
  );
  const text = printed === null || printed === undefined || value === undefined ? "—" : formatDollars(value);
  return flagged ? html`<td class="num ${styles.flagged}" data-flagged="true">${text}${flags}</td>` : html`<td class="num">${text}${flags}</td>`;
}

function statementTable(title: string, statement: Statement, lines: readonly StatementLine[], years: ReportYear[], report: FootingReport, notes: Map<string, number[]>): Html {
  const body = lines.map((line) =>
    line.kind === "heading"
      ? html`<tr class="${styles.headingRow}"><th scope="rowgroup" colspan="${years.length + 1}">${line.label}</th></tr>`
      : html`<tr${line.kind === "total" ? html` class="${styles.totalRow}"` : ""}><th scope="row"${line.kind === "item" ? html` class="${styles.item}"` : ""}>${line.label}</th>${years.map((year) =>
          amount(figureKey(statement, line.id, year), line.amounts[year], report, notes),
        )}</tr>`,
  );
  return tableRegion(
    title,
    styles.scroll,
    html`<table class="${styles.statement}"><caption class="${styles.caption}">${title}</caption><thead><tr><th scope="col">Line</th>${years.map(
      (year) => html`<th scope="col" class="num">${year}</th>`,
    )}</tr></thead><tbody>${body}</tbody></table>`,
  );
}

/** The fund line-up with its figures, flagged where they do not add up, as HTML (see static-html). */
export function funds(report: FootingReport): Html {
  const notes = notesByFigure(report);
  const mutualFunds = FUNDS.filter((fund) => fund.kind === "mutualFund").length;
  const table = html`<table class="${styles.funds}"><thead><tr><th scope="col">Investment option</th><th scope="col" class="num">Shares, 12/31/2002</th><th scope="col" class="num">Schedule, 2002</th><th scope="col" class="num">Statement, 2002</th><th scope="col" class="num">Statement, 2001</th></tr></thead><tbody>${FUNDS.map(
    (fund) =>
      html`<tr><th scope="row">${fund.name}${fund.partyInInterest ? html`<span title="party in interest"> *</span>` : ""}${
        fund.statementName ? html`<span class="${styles.note}"> (printed “${fund.statementName}” on the statement)</span>` : ""
      }</th><td class="num">${formatCount(fund.shares)}</td>${amount(figureKey("schedule", fund.id), fund.scheduleValue, report, notes)}${amount(
        figureKey("netAssets", `fund.${fund.id}`, 2002),
        fund.statement[2002],
        report,
        notes,
      )}${amount(figureKey("netAssets", `fund.${fund.id}`, 2001), fund.statement[2001], report, notes)}</tr>`,
  )}</tbody></table>`;
  return html`<section aria-labelledby="funds" class="${styles.section}"><h2 id="funds">Fund line-up</h2><p>“The Plan currently offers ${mutualFunds} mutual funds and the sponsor's outstanding common stock as investment options.” (11-K Note 1.B) Values in dollars from the schedule of assets held at December 31, 2002 (Schedule 1, page ${PAGES.scheduleOfAssets}) and the statements of net assets (page ${PAGES.netAssets}). * marks a party in interest: a company close to the plan, such as the employer or a company that serves the plan, whose dealings with the plan the law limits (ERISA section 3(14)).</p>${tableRegion(
    "Fund line-up table",
    styles.scroll,
    table,
  )}</section>`;
}

/** One check of the footing, in words: whether it adds up (or agrees), and the two figures. */
function check(check: FootingReport["checks"][number]): Html {
  const verdict =
    check.rule.kind === "agree" ? (check.foots ? "the two agree" : html`<strong>the two do not agree</strong>`) : check.foots ? "adds up" : html`<strong>does not add up</strong>`;
  const figures =
    check.rule.kind === "agree"
      ? `${formatDollars(check.computed.abs())} and ${formatDollars(check.printed)}`
      : `the lines make ${formatDollars(check.computed)}, printed ${formatDollars(check.printed)}`;
  return html`<li>${check.rule.title}: ${verdict} (${figures}).</li>`;
}

/** The statements as printed, flagged, and the findings on the figures that do not add up, as HTML (see static-html). */
export function statements(report: FootingReport): Html {
  const notes = notesByFigure(report);
  const footing = report.checks.filter((check) => check.foots).length;
  const findings = report.discrepancies.map(
    (discrepancy, index) =>
      html`<li id="footing-${index + 1}"><h3>${discrepancy.figure.label}, ${discrepancy.figure.where}</h3>${discrepancy.checks.map(
        (failure) =>
          html`<div data-testid="footing-${failure.rule.id}"><p class="${styles.checkTitle}">Check: ${failure.rule.title}</p>${explainFailure(failure, report).map(
            (sentence) => html`<p>${sentence}</p>`,
          )}</div>`,
      )}</li>`,
  );
  return html`<section aria-labelledby="statements" class="${styles.section}"><h2 id="statements">2002 and 2001 statements</h2><p>As printed in the audited financial statements, in dollars. Figures marked <span class="${styles.flagSample}">⚑</span> do not add up; the findings below say why.</p>${statementTable(
    `Statements of net assets available for benefits, December 31, 2002 and 2001 (page ${PAGES.netAssets})`,
    "netAssets",
    NET_ASSETS,
    [2002, 2001],
    report,
    notes,
  )}${statementTable(`Statement of changes in net assets available for benefits, year ended December 31, 2002 (page ${PAGES.changes})`, "changes", CHANGES_2002, [2002], report, notes)}${statementTable(
    `Note 3: net depreciation in fair value of investments, 2002 (page ${PAGES.note3})`,
    "note3",
    NOTE_3,
    [2002],
    report,
    notes,
  )}</section><section aria-labelledby="footing" class="${styles.section}"><h2 id="footing">Figures that do not add up</h2><p>The calculator adds up every total in the statements, Note 3 and the schedule of assets, and compares each figure printed in two places: ${report.checks.length} checks. ${footing} of them pass: the figures add up (accountants say they “foot”) or agree. The other ${report.failures.length} come from ${countInWords(
    report.discrepancies.length,
  )} ${report.discrepancies.length === 1 ? "figure" : "figures"}:</p><ol class="${styles.findings}">${findings}</ol><details class="${styles.sources}"><summary>Every check</summary><ol class="${styles.checks}">${report.checks.map(
    check,
  )}</ol></details></section>`;
}
