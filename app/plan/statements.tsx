import { formatDollars } from "@/lib/money";
import { explainFailure, figureKey, type FootingReport } from "@/lib/pages/plan-facts/footing";
import { CHANGES_2002, FUNDS, NET_ASSETS, NOTE_3, PAGES, type ReportYear, type StatementLine } from "@/lib/pages/plan-facts/statements-2002";
import { html, TableRegion, type Html } from "@/app/components/static-html";
import styles from "./plan.module.css";
import { formatCount } from "@/lib/rules/words";

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

function StatementTable({ title, statement, lines, years, report, notes }: { title: string; statement: Statement; lines: readonly StatementLine[]; years: ReportYear[]; report: FootingReport; notes: Map<string, number[]> }) {
  const body = lines.map((line) =>
    line.kind === "heading"
      ? html`<tr class="${styles.headingRow}"><th scope="rowgroup" colspan="${years.length + 1}">${line.label}</th></tr>`
      : html`<tr${line.kind === "total" ? html` class="${styles.totalRow}"` : ""}><th scope="row"${line.kind === "item" ? html` class="${styles.item}"` : ""}>${line.label}</th>${years.map((year) =>
          amount(figureKey(statement, line.id, year), line.amounts[year], report, notes),
        )}</tr>`,
  );
  return (
    <TableRegion
      label={title}
      className={styles.scroll}
      table={html`<table class="${styles.statement}"><caption class="${styles.caption}">${title}</caption><thead><tr><th scope="col">Line</th>${years.map(
        (year) => html`<th scope="col" class="num">${year}</th>`,
      )}</tr></thead><tbody>${body}</tbody></table>`}
    />
  );
}

export function Funds({ report }: { report: FootingReport }) {
  const notes = notesByFigure(report);
  const mutualFunds = FUNDS.filter((fund) => fund.kind === "mutualFund").length;
  return (
    <section aria-labelledby="funds" className={styles.section}>
      <h2 id="funds">Fund line-up</h2>
      <p>
        “The Plan currently offers {mutualFunds} mutual funds and the sponsor&apos;s outstanding common stock as investment options.” (11-K Note 1.B) Values
        in dollars from the schedule of assets held at December 31, 2002 (Schedule 1, page {PAGES.scheduleOfAssets}) and the statements of net assets (page{" "}
        {PAGES.netAssets}). * marks a party in interest: a company close to the plan, such as the employer or a company that serves the plan, whose
        dealings with the plan the law limits (ERISA section 3(14)).
      </p>
      <TableRegion
        label="Fund line-up table"
        className={styles.scroll}
        table={html`<table class="${styles.funds}"><thead><tr><th scope="col">Investment option</th><th scope="col" class="num">Shares, 12/31/2002</th><th scope="col" class="num">Schedule, 2002</th><th scope="col" class="num">Statement, 2002</th><th scope="col" class="num">Statement, 2001</th></tr></thead><tbody>${FUNDS.map(
          (fund) =>
            html`<tr><th scope="row">${fund.name}${fund.partyInInterest ? html`<span title="party in interest"> *</span>` : ""}${
              fund.statementName ? html`<span class="${styles.note}"> (printed “${fund.statementName}” on the statement)</span>` : ""
            }</th><td class="num">${formatCount(fund.shares)}</td>${amount(figureKey("schedule", fund.id), fund.scheduleValue, report, notes)}${amount(
              figureKey("netAssets", `fund.${fund.id}`, 2002),
              fund.statement[2002],
              report,
              notes,
            )}${amount(figureKey("netAssets", `fund.${fund.id}`, 2001), fund.statement[2001], report, notes)}</tr>`,
        )}</tbody></table>`}
      />
    </section>
  );
}

export function Statements({ report }: { report: FootingReport }) {
  const notes = notesByFigure(report);
  const footing = report.checks.filter((check) => check.foots).length;
  return (
    <>
      <section aria-labelledby="statements" className={styles.section}>
        <h2 id="statements">2002 and 2001 statements</h2>
        <p>
          As printed in the audited financial statements, in dollars. Figures marked <span className={styles.flagSample}>⚑</span> do not add up; the
          findings below say why.
        </p>
        <StatementTable title={`Statements of net assets available for benefits, December 31, 2002 and 2001 (page ${PAGES.netAssets})`} statement="netAssets" lines={NET_ASSETS} years={[2002, 2001]} report={report} notes={notes} />
        <StatementTable title={`Statement of changes in net assets available for benefits, year ended December 31, 2002 (page ${PAGES.changes})`} statement="changes" lines={CHANGES_2002} years={[2002]} report={report} notes={notes} />
        <StatementTable title={`Note 3: net depreciation in fair value of investments, 2002 (page ${PAGES.note3})`} statement="note3" lines={NOTE_3} years={[2002]} report={report} notes={notes} />
      </section>
      <section aria-labelledby="footing" className={styles.section}>
        <h2 id="footing">Figures that do not add up</h2>
        <p>
          The calculator adds up every total in the statements, Note 3 and the schedule of assets, and compares each figure printed in two places:{" "}
          {report.checks.length} checks. {footing} of them pass: the figures add up (accountants say they “foot”) or agree. The other {report.failures.length} come
          from{" "}
          {countInWords(report.discrepancies.length)} {report.discrepancies.length === 1 ? "figure" : "figures"}:
        </p>
        <ol className={styles.findings}>
          {report.discrepancies.map((discrepancy, index) => (
            <li key={discrepancy.figure.key} id={`footing-${index + 1}`}>
              <h3>
                {discrepancy.figure.label}, {discrepancy.figure.where}
              </h3>
              {discrepancy.checks.map((failure) => (
                <div key={failure.rule.id} data-testid={`footing-${failure.rule.id}`}>
                  <p className={styles.checkTitle}>Check: {failure.rule.title}</p>
                  {explainFailure(failure, report).map((sentence) => (
                    <p key={sentence}>{sentence}</p>
                  ))}
                </div>
              ))}
            </li>
          ))}
        </ol>
        <details className={styles.sources}>
          <summary>Every check</summary>
          <ol className={styles.checks}>
            {report.checks.map((check) => (
              <li key={check.rule.id}>
                {check.rule.title}:{" "}
                {check.rule.kind === "agree" ? (check.foots ? "the two agree" : <strong>the two do not agree</strong>) : check.foots ? "adds up" : <strong>does not add up</strong>} (
                {check.rule.kind === "agree"
                  ? `${formatDollars(check.computed.abs())} and ${formatDollars(check.printed)}`
                  : `the lines make ${formatDollars(check.computed)}, printed ${formatDollars(check.printed)}`}
                ).
              </li>
            ))}
          </ol>
        </details>
      </section>
    </>
  );
}
