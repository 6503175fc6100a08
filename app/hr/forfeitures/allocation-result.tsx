import { downloadCsv } from "@/app/components/download";
import type { AllocatedRow, PoolAllocation, PoolWarnings } from "@/lib/pages/hr-forfeitures/allocate-pool";
import type { LineIssue } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import { formatUsd } from "@/lib/money";
import type { AllocationText } from "./allocation-form";
import { Emphasis } from "./emphasis";
import styles from "./forfeitures.module.css";

interface Words {
  text: AllocationText;
  words: ForfeituresWords;
}

/** An allocation worked out: the pool and every line valid. */
export type Allocation = NonNullable<PoolAllocation["result"]>;

/** Participants over the limit listed by name; the count says how many more. */
const OVER_LIMIT_SHOWN = 10;

/** Rows drawn on screen; the download always has every row. */
const ROWS_SHOWN = 500;
/** Line problems listed; the count says how many more there are. */
const ISSUES_SHOWN = 50;

/** The deferrals' problems, under the deferrals and the file (both point to it). */
export function LineIssues({ lineIssues, fileName, words }: { lineIssues: readonly LineIssue[]; fileName: string | null; words: ForfeituresWords }) {
  return (
    <div id="alloc-deferrals-error" className={styles.error} aria-live="polite" data-testid="deferrals-errors">
      {lineIssues.length > 0 ? (
        <>
          <p className={styles.errorLead}>{words.form.lineIssuesLead(lineIssues.length, fileName)}</p>
          <ul>
            {lineIssues.slice(0, ISSUES_SHOWN).map((issue) => (
              <li key={`${issue.line}-${issue.field}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
          {lineIssues.length > ISSUES_SHOWN ? <p>{words.form.moreIssues(lineIssues.length - ISSUES_SHOWN)}</p> : null}
        </>
      ) : null}
    </div>
  );
}

/** The headline of the allocation, or what it waits for. */
export function AllocationStatus({ result, waitingForFixes, text, words }: { result: Allocation | null; waitingForFixes: boolean } & Words) {
  return (
    <div role="status" aria-live="polite">
      {result ? (
        <p className={styles.headline}>
          <Emphasis
            parts={words.form.allocationHeadline({
              pool: result.pool,
              participants: result.rows.length,
              totalDeferrals: result.totalDeferrals,
              matchRatePercent: result.matchRatePercent,
              totalShares: result.totalShares,
            })}
          />
        </p>
      ) : (
        <p className={styles.waiting}>{waitingForFixes ? text.waitingForFixes : text.waiting}</p>
      )}
    </div>
  );
}

/** What to check before allocating: a pool above the deferrals, participants over the 415(c) limit. */
export function PoolWarningList({ result, warnings, text, words }: { result: Allocation | null; warnings: PoolWarnings | null } & Words) {
  const { moreOverLimit, overLimitClosing, overLimitHeading, overLimitLine } = words.annualAdditions;
  return (
    <div aria-live="polite">
    {result && warnings && (warnings.matchAbove100 || warnings.overLimit.length > 0) ? (
      <div className={styles.warnings} data-testid="pool-warnings">
        <h3 className={styles.warningTitle}>{text.warningsTitle}</h3>
        <ul>
          {warnings.matchAbove100 ? (
            <li data-testid="warning-match">{words.form.matchAbove100(result.pool, result.totalDeferrals, result.matchRatePercent)}</li>
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
        <p className={styles.warningNote}>{text.warningsNote}</p>
      </div>
    ) : null}
    </div>
  );
}

/** The download, the table of shares (the first rows) and how they were worked out. `toCsv` is allocationCsv, from the rules (use-engine.ts). */
export function Shares({ result, toCsv, text, words }: { result: Allocation; toCsv: (rows: readonly AllocatedRow[]) => string } & Words) {
  return (
    <>
      <p className={styles.actions}>
        <button type="button" onClick={() => downloadCsv("forfeiture-allocation.csv", toCsv(result.rows))} className={styles.button}>
          {text.download}
        </button>
      </p>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={text.sharesRegion}>
        <table className={styles.table}>
          <caption className={styles.caption}>{words.form.sharesCaption(result.rows.length, ROWS_SHOWN)}</caption>
          <thead>
            <tr>
              <th scope="col">{text.colLine}</th>
              <th scope="col">{text.colId}</th>
              <th scope="col" className="num">{text.colDeferrals}</th>
              <th scope="col" className="num">{text.colShare}</th>
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
                {text.total}
              </th>
              <td className="num">{formatUsd(result.totalDeferrals)}</td>
              <td className="num">{formatUsd(result.totalShares)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h3 className={styles.why}>{text.how}</h3>
      <ul className={styles.sentences}>
        {result.explanation.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}
