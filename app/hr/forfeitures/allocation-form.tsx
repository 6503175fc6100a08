"use client";

import { downloadCsv } from "@/app/components/download";
import { Field } from "@/app/components/field";
import { useDeferredValue, useMemo, useState } from "react";
import { allocateParsed, allocationCsv, poolWarnings, readPlanYear } from "@/lib/pages/hr-forfeitures/allocate-pool";
import { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { formatUsd } from "@/lib/money";
import type { PlanDefinition } from "@/lib/plan/definition";
import styles from "./forfeitures.module.css";
import { formatCount } from "@/lib/rules/words";
import { moreOverLimit, overLimitClosing, overLimitHeading, overLimitLine, planYearHint } from "@/lib/words/en/annual-additions";

/** The plan's reference year figures, worked out on the server (lib/pages/hr-forfeitures/context-2002.ts). */
export interface PoolReference {
  year: number;
  allocated: string;
  contributions: string;
  percent: string;
  citation: string;
}

/** Participants over the limit listed by name; the count says how many more. */
const OVER_LIMIT_SHOWN = 10;

/** Rows drawn on screen; the download always has every row. */
const ROWS_SHOWN = 500;
/** Line problems listed; the count says how many more there are. */
const ISSUES_SHOWN = 50;

export function AllocationForm({ plan, reference }: { plan: PlanDefinition; reference: PoolReference }) {
  const [poolText, setPoolText] = useState("");
  // The reference year by default: its 415(c) limit is the lowest of the table, so the default never hides a warning.
  const [yearText, setYearText] = useState(String(reference.year));
  const [deferralsText, setDeferralsText] = useState("");
  const [touched, setTouched] = useState({ pool: false, deferrals: false });
  // A chosen file is used as it is, never copied into the text box (a 100,000-line box is slow).
  const [file, setFile] = useState<{ name: string; text: string; lines: number } | null>(null);
  const [fileNote, setFileNote] = useState("");

  // Large pastes stay responsive: the allocation follows the text a moment behind the typing, and
  // the deferrals are parsed again only when they change, not when the pool does.
  const pool = useDeferredValue(poolText);
  const deferrals = useDeferredValue(file ? file.text : deferralsText);
  const parsed = useMemo(() => parseDeferrals(deferrals), [deferrals]);
  const outcome = useMemo(() => allocateParsed(pool, parsed, plan), [pool, parsed, plan]);
  const year = useMemo(() => readPlanYear(yearText), [yearText]);
  const warnings = useMemo(() => (outcome.result ? poolWarnings(outcome.result, year.lookup) : null), [outcome.result, year.lookup]);

  const poolIssue = touched.pool || poolText !== "" ? outcome.poolIssue : null;
  const lineIssues = file || touched.deferrals || deferralsText !== "" ? outcome.lineIssues : [];
  const result = outcome.result;

  async function readFile(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    try {
      const text = await chosen.text();
      const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "").length;
      setFile({ name: chosen.name, text, lines });
      setFileNote(`Read ${chosen.name} in your browser (${formatCount(lines)} non-blank ${lines === 1 ? "line" : "lines"}); it was not uploaded.`);
    } catch {
      setFileNote(`Could not read ${chosen.name}. Choose a plain-text CSV file with lines id,deferrals.`);
    }
  }

  function stopUsingFile() {
    setFile(null);
    setFileNote("The file is no longer used; the deferrals come from the text box.");
  }

  function download() {
    if (!result) return;
    downloadCsv("forfeiture-allocation.csv", allocationCsv(result.rows));
  }

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="Sharing a forfeiture pool">
      <div className={styles.grid}>
        <Field
          id="alloc-pool"
          name="pool"
          label="Forfeiture pool (USD)"
          kind="money"
          hint="Dollars and cents, such as 43700.00."
          value={poolText}
          onChange={setPoolText}
          onBlur={() => setTouched((before) => ({ ...before, pool: true }))}
          error={poolIssue ?? undefined}
        />
        <Field
          id="alloc-year"
          name="planYear"
          label="Plan year of the allocation"
          kind="number"
          hint={planYearHint(year.lookup, yearText === String(reference.year))}
          value={yearText}
          onChange={setYearText}
          error={year.issue ?? undefined}
        />
      </div>

      <div className={styles.field}>
        <label htmlFor="alloc-deferrals">Participants&apos; deferrals</label>
        <textarea
          id="alloc-deferrals"
          name="deferrals"
          rows={8}
          spellCheck={false}
          autoComplete="off"
          value={deferralsText}
          onChange={(event) => setDeferralsText(event.target.value)}
          onBlur={() => setTouched((before) => ({ ...before, deferrals: true }))}
          readOnly={file !== null}
          aria-invalid={!file && lineIssues.length > 0 ? true : undefined}
          aria-describedby="alloc-deferrals-hint alloc-deferrals-error"
          placeholder={"id,deferrals\nA-17,5200.00\nB-03,4100.50"}
          className={`${styles.textarea} ${file ? styles.unused : ""}`}
        />
        <span id="alloc-deferrals-hint" className={styles.fieldHint}>
          {file ? (
            <>Not used while the file {file.name} is chosen.</>
          ) : (
            <>
              One participant a line: the id, a comma or a tab, then the deferrals for the period (paste two columns from a spreadsheet). A header line
              such as <code>id,deferrals</code> is optional.
            </>
          )}
        </span>
      </div>

      <div className={styles.field}>
        <label htmlFor="alloc-file">Or choose a CSV file (id,deferrals)</label>
        <input
          id="alloc-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={readFile}
          onClick={(event) => {
            // Choosing the same file again reads it again.
            event.currentTarget.value = "";
          }}
          aria-describedby="alloc-file-note alloc-deferrals-error"
        />
        <span id="alloc-file-note" className={styles.fieldHint} aria-live="polite">
          {fileNote || "The file is read on this device and never uploaded."}
        </span>
        {file ? (
          <p className={styles.actions}>
            <button type="button" className={styles.secondary} onClick={stopUsingFile}>
              Use the text box instead of {file.name}
            </button>
          </p>
        ) : null}
      </div>

      <div id="alloc-deferrals-error" className={styles.error} aria-live="polite" data-testid="deferrals-errors">
        {lineIssues.length > 0 ? (
          <>
            <p className={styles.errorLead}>
              {lineIssues.length === 1 ? "1 problem" : `${formatCount(lineIssues.length)} problems`} in the deferrals
              {file ? ` of ${file.name}` : ""}; the allocation waits until they are fixed:
            </p>
            <ul>
              {lineIssues.slice(0, ISSUES_SHOWN).map((issue) => (
                <li key={`${issue.line}-${issue.field}-${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
            {lineIssues.length > ISSUES_SHOWN ? <p>…and {formatCount(lineIssues.length - ISSUES_SHOWN)} more.</p> : null}
          </>
        ) : null}
      </div>

      <div className={styles.result} data-testid="allocation-result">
        <div role="status" aria-live="polite">
          {result ? (
            <p className={styles.headline}>
              <strong>{formatUsd(result.pool)}</strong> shared among {formatCount(result.rows.length)}{" "}
              {result.rows.length === 1 ? "participant" : "participants"} with {formatUsd(result.totalDeferrals)} of deferrals: a match of about{" "}
              <strong>{result.matchRatePercent.toFixed(2)}%</strong> of deferrals. The shares add up to{" "}
              <strong data-testid="shares-total">{formatUsd(result.totalShares)}</strong>
              {result.totalShares.equals(result.pool) ? ", the pool exactly." : "."}
            </p>
          ) : (
            <p className={styles.waiting}>
              {poolIssue || lineIssues.length > 0 ? "Fix the problems marked above to see each share." : "Enter the pool and the deferrals to see each share."}
            </p>
          )}
        </div>
        <p className={styles.reference} data-testid="pool-reference">
          For comparison, in {reference.year} about <strong>{reference.allocated}</strong> of forfeitures was allocated as matching contributions against{" "}
          {reference.contributions} of participant contributions: about <strong>{reference.percent}%</strong> of contributions ({reference.citation}).
        </p>
        <div aria-live="polite">
        {result && warnings && (warnings.matchAbove100 || warnings.overLimit.length > 0) ? (
          <div className={styles.warnings} data-testid="pool-warnings">
            <h3 className={styles.warningTitle}>Check before you allocate</h3>
            <ul>
              {warnings.matchAbove100 ? (
                <li data-testid="warning-match">
                  The pool, {formatUsd(result.pool)}, is more than all the deferrals, {formatUsd(result.totalDeferrals)}: a match of about{" "}
                  {result.matchRatePercent.toFixed(2)}% of deferrals, more than 100%. Check the pool and the deferrals (are all participants listed, with the
                  whole period&apos;s deferrals?).
                </li>
              ) : null}
              {warnings.annualAdditions && warnings.overLimit.length > 0 ? (
                <li data-testid="warning-415c">
                  {overLimitHeading(warnings.annualAdditions)}
                  <ul>
                    {warnings.overLimit.slice(0, OVER_LIMIT_SHOWN).map(({ row, additions, excess }) => (
                      <li key={row.line}>{overLimitLine({ line: row.line, id: row.id, deferrals: row.deferrals, share: row.share, additions, excess })}</li>
                    ))}
                  </ul>
                  {warnings.overLimit.length > OVER_LIMIT_SHOWN ? `${moreOverLimit(warnings.overLimit.length - OVER_LIMIT_SHOWN)} ` : null}
                  {overLimitClosing(warnings.annualAdditions)}
                </li>
              ) : null}
            </ul>
            <p className={styles.warningNote}>These are warnings: the shares below are worked out all the same.</p>
          </div>
        ) : null}
        </div>
        {result ? (
          <>
            <p className={styles.actions}>
              <button type="button" onClick={download} className={styles.button}>
                Download allocation (CSV)
              </button>
            </p>
            <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Shares of the pool">
              <table className={styles.table}>
                <caption className={styles.caption}>
                  Shares{result.rows.length > ROWS_SHOWN ? ` (the first ${ROWS_SHOWN} of ${formatCount(result.rows.length)}; the download has all)` : ""}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Id</th>
                    <th scope="col" className="num">Deferrals</th>
                    <th scope="col" className="num">Share of the pool</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.slice(0, ROWS_SHOWN).map((row) => (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <td className={styles.id}>{row.id}</td>
                      <td className="num">{formatUsd(row.deferrals)}</td>
                      <td className="num">{formatUsd(row.share)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      Total
                    </th>
                    <td className="num">{formatUsd(result.totalDeferrals)}</td>
                    <td className="num">{formatUsd(result.totalShares)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            <h3 className={styles.why}>How</h3>
            <ul className={styles.sentences}>
              {result.allocation.explanation.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </form>
  );
}
