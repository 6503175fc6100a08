import { formatUsd } from "@/lib/money";
import type { TerminationResult } from "@/lib/pages/hr-forfeitures/termination";
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import { formatHours } from "@/lib/words/format";
import { Emphasis } from "./emphasis";
import type { TerminationText } from "./termination-form";
import styles from "./forfeitures.module.css";

interface Words {
  text: TerminationText;
  words: ForfeituresWords;
}

/** The headline: what vests and what is forfeited, or what the answer waits for. */
export function TerminationStatus({ result, waitingForFixes, text, words }: { result: TerminationResult | null; waitingForFixes: boolean } & Words) {
  return (
    <div role="status" aria-live="polite">
      {result ? (
        <p className={styles.headline}>
          <Emphasis
            parts={words.form.leavingHeadline({
              vestedPercent: result.vestedPercent,
              yearsOfService: result.yearsOfService,
              fromHours: result.fromHours !== null,
              planTerminated: result.fullyVestedBy === "planTermination",
              kept: result.vested.total,
              forfeited: result.forfeited,
              forfeitsOn: result.fromHours?.forfeitsOn ?? null,
            })}
          />
        </p>
      ) : (
        <p className={styles.waiting}>{waitingForFixes ? text.waitingForFixes : text.waiting}</p>
      )}
    </div>
  );
}

/** The balances by source, the service record when it comes from hours, and why. */
export function TerminationDetails({ result, text, words }: { result: TerminationResult } & Words) {
  const fromHours = result.fromHours;
  return (
    <>
      <SourceTable result={result} text={text} words={words} />
      {fromHours ? (
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={text.recordRegion}>
          <table className={styles.table} data-testid="service-record">
            <caption className={styles.caption}>{text.recordCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.colPlanYear}</th>
                <th scope="col" className="num">
                  {text.colHours}
                </th>
                <th scope="col">{text.colCountsAs}</th>
              </tr>
            </thead>
            <tbody>
              {fromHours.record.map((row) => (
                <tr key={row.start} data-status={row.status}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{formatHours(row.hours)}</td>
                  <td>{row.words}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h3 className={styles.why}>{text.why}</h3>
      <ul className={styles.sentences}>
        {result.sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}

function SourceTable({ result, text, words }: { result: TerminationResult } & Words) {
  const rows = [
    [text.rowMatch, result.vested.match.plus(result.forfeited), result.vestedPercent, result.vested.match, result.forfeited],
    [text.rowDeferrals, result.vested.deferral, 100, result.vested.deferral, null],
    [text.rowRollovers, result.vested.rollover, 100, result.vested.rollover, null],
  ] as const;
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={text.sourceRegion}>
      <table className={styles.table}>
        <caption className={styles.caption}>{text.sourceCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.colSource}</th>
            <th scope="col" className="num">
              {text.colBalance}
            </th>
            <th scope="col" className="num">
              {text.colVested}
            </th>
            <th scope="col" className="num">
              {text.colForfeited}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, balance, percent, vested, forfeited]) => (
            <tr key={name}>
              <th scope="row">
                {name}
                <span className={styles.sub}>{words.form.percentVested(percent)}</span>
              </th>
              <td className="num">{formatUsd(balance)}</td>
              <td className="num">{formatUsd(vested)}</td>
              <td className="num">{forfeited ? formatUsd(forfeited) : "–"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{text.total}</th>
            <td className="num">{formatUsd(result.balance)}</td>
            <td className="num">{formatUsd(result.vested.total)}</td>
            <td className="num">{formatUsd(result.forfeited)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
