import { downloadCsv } from "@/app/components/download";
import { allocationCsv, type PoolAllocation, type PoolWarnings } from "@/lib/pages/hr-forfeitures/allocate-pool";
import type { LineIssue } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { formatUsd } from "@/lib/money";
import { formatCount } from "@/lib/words/format";
import styles from "./forfeitures.module.css";
import { moreOverLimit, overLimitClosing, overLimitHeading, overLimitLine } from "@/lib/words/en/annual-additions";

/** An allocation worked out: the pool and every line valid. */
export type Allocation = NonNullable<PoolAllocation["result"]>;

/** Participants over the limit listed by name; the count says how many more. */
const OVER_LIMIT_SHOWN = 10;

/** Rows drawn on screen; the download always has every row. */
const ROWS_SHOWN = 500;
/** Line problems listed; the count says how many more there are. */
const ISSUES_SHOWN = 50;

/** The deferrals' problems, under the deferrals and the file (both point to it). */
export function LineIssues({ lineIssues, fileName }: { lineIssues: readonly LineIssue[]; fileName: string | null }) {
  return (
    <div id="alloc-deferrals-error" className={styles.error} aria-live="polite" data-testid="deferrals-errors">
      {lineIssues.length > 0 ? (
        <>
          <p className={styles.errorLead}>
            {lineIssues.length === 1 ? "1 problem" : `${formatCount(lineIssues.length)} problems`} in the deferrals
            {fileName ? ` of ${fileName}` : ""}; the allocation waits until they are fixed:
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
  );
}

/** The headline of the allocation, or what it waits for. */
export function AllocationStatus({ result, waitingForFixes }: { result: Allocation | null; waitingForFixes: boolean }) {
  return (
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
          {waitingForFixes ? "Fix the problems marked above to see each share." : "Enter the pool and the deferrals to see each share."}
        </p>
      )}
    </div>
  );
}

/** What to check before allocating: a pool above the deferrals, participants over the 415(c) limit. */
export function PoolWarningList({ result, warnings }: { result: Allocation | null; warnings: PoolWarnings | null }) {
  return (
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
  );
}

/** The download, the table of shares (the first rows) and how they were worked out. */
export function Shares({ result }: { result: Allocation }) {
  return (
    <>
      <p className={styles.actions}>
        <button type="button" onClick={() => downloadCsv("forfeiture-allocation.csv", allocationCsv(result.rows))} className={styles.button}>
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
        {result.explanation.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}
