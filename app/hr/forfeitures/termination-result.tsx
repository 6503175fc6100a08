import { longDate } from "@/lib/dates";
import { formatUsd } from "@/lib/money";
import type { TerminationResult } from "@/lib/pages/hr-forfeitures/termination";
import { formatHours } from "@/lib/words/format";
import styles from "./forfeitures.module.css";

/** The headline: what vests and what is forfeited, or what the answer waits for. */
export function TerminationStatus({ result, waitingForFixes }: { result: TerminationResult | null; waitingForFixes: boolean }) {
  const fromHours = result?.fromHours ?? null;
  return (
    <div role="status" aria-live="polite">
      {result ? (
        <p className={styles.headline}>
          <strong>{result.vestedPercent}%</strong> of the match is vested (
          {fromHours
            ? `${result.yearsOfService} ${result.yearsOfService === 1 ? "year" : "years"} of service from the hours`
            : `${result.yearsOfService} completed ${result.yearsOfService === 1 ? "year" : "years"}`}
          {result.fullyVestedBy === "planTermination" ? ", plan terminated" : ""}). Keeps <strong>{formatUsd(result.vested.total)}</strong>; forfeits{" "}
          <strong>{formatUsd(result.forfeited)}</strong>
          {fromHours?.forfeitsOn ? (
            <>
              {" "}
              on <strong>{longDate(fromHours.forfeitsOn)}</strong> if not back at work before then
            </>
          ) : null}
          .
        </p>
      ) : (
        <p className={styles.waiting}>
          {waitingForFixes
            ? "Fix the fields marked above to see what vests and what is forfeited."
            : "Enter the service and the match balance to see what vests and what is forfeited."}
        </p>
      )}
    </div>
  );
}

/** The balances by source, the service record when it comes from hours, and why. */
export function TerminationDetails({ result }: { result: TerminationResult }) {
  const fromHours = result.fromHours;
  return (
    <>
      <SourceTable result={result} />
      {fromHours ? (
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Service year by year">
          <table className={styles.table} data-testid="service-record">
            <caption className={styles.caption}>Service year by year, through the last day</caption>
            <thead>
              <tr>
                <th scope="col">Plan year</th>
                <th scope="col" className="num">
                  Hours
                </th>
                <th scope="col">Counts as</th>
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
      <h3 className={styles.why}>Why</h3>
      <ul className={styles.sentences}>
        {result.sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}

function SourceTable({ result }: { result: TerminationResult }) {
  const rows = [
    ["Employer match", result.vested.match.plus(result.forfeited), result.vestedPercent, result.vested.match, result.forfeited],
    ["Deferrals", result.vested.deferral, 100, result.vested.deferral, null],
    ["Rollovers", result.vested.rollover, 100, result.vested.rollover, null],
  ] as const;
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Vested and forfeited by source">
      <table className={styles.table}>
        <caption className={styles.caption}>By source</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Balance
            </th>
            <th scope="col" className="num">
              Vested
            </th>
            <th scope="col" className="num">
              Forfeited
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, balance, percent, vested, forfeited]) => (
            <tr key={name}>
              <th scope="row">
                {name}
                <span className={styles.sub}>{percent}% vested</span>
              </th>
              <td className="num">{formatUsd(balance)}</td>
              <td className="num">{formatUsd(vested)}</td>
              <td className="num">{forfeited ? formatUsd(forfeited) : "–"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">{formatUsd(result.balance)}</td>
            <td className="num">{formatUsd(result.vested.total)}</td>
            <td className="num">{formatUsd(result.forfeited)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
