import { useState, type ReactNode } from "react";
import { downloadCsv } from "@/app/components/download";
import { formatUsd, type Money } from "@/lib/money";
import { projectionCsv, projectionFileName } from "@/lib/pages/participant/csv";
import { printedYears, type LimitSection, type Section, type StayOrGo, type VestedToday, type YearsAhead } from "@/lib/pages/participant/scenario";
import { BalanceChart } from "./chart";
import styles from "./participant.module.css";

/** "Why": the rules behind a section's figures, in sentences with their 11-K citations. */
export function Why({ lines, label }: { lines: readonly string[]; label: string }) {
  return (
    <details className={styles.why}>
      <summary>Why? The rules behind {label}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

function Missing({ section }: { section: { ok: false; missing: string } }) {
  return <p className={styles.missing}>{section.missing}</p>;
}

export function VestedTodaySection({ section, stay, record, onCountByHours }: {
  section: Section<VestedToday>;
  stay: Section<StayOrGo>;
  record: ReactNode;
  /** Switches the form to hours in each plan year (the plan's own count). */
  onCountByHours: () => void;
}) {
  return (
    <>
      <section aria-labelledby="vested-heading" className={styles.card}>
        <h2 id="vested-heading">Vested today</h2>
        {section.ok ? <VestedFigures today={section.value} onCountByHours={onCountByHours} /> : <Missing section={section} />}
      </section>
      {record}
      <section aria-labelledby="stay-heading" className={styles.card}>
        <h2 id="stay-heading">Stay or go</h2>
        {stay.ok ? <StayFigures stay={stay.value} /> : <Missing section={stay} />}
      </section>
    </>
  );
}

function VestedFigures({ today, onCountByHours }: { today: VestedToday; onCountByHours: () => void }) {
  const { result } = today;
  const rows: [string, Money, number, Money][] = [
    ["Your deferrals", today.balances.deferral, 100, result.vested.deferral],
    ["Rollovers", today.balances.rollover, 100, result.vested.rollover],
    ["Employer match", today.balances.match, result.vestedPercent, result.vested.match],
  ];
  return (
    <>
      <p className={styles.big}>
        <span className={styles.bigLabel}>Vested balance</span> <strong data-testid="vested-total">{formatUsd(result.vested.total)}</strong>
        <span className={styles.bigNote}>
          {" "}
          of {formatUsd(result.balance)}; employer match <strong data-testid="vested-percent">{result.vestedPercent}%</strong> vested {today.serviceWords}
        </span>
      </p>
      {today.methodNote ? (
        <p className={styles.warning} data-testid="method-note">
          {today.methodNote}{" "}
          <button type="button" className={`${styles.noteAction} no-print`} onClick={onCountByHours}>
            Count from my hours
          </button>
        </p>
      ) : null}
      {today.caveat ? (
        <p className={styles.warning} data-testid="law-caveat">
          {today.caveat}
        </p>
      ) : null}
      <p className={styles.callout} data-testid="forfeit-sentence">
        {today.forfeitSentence}
      </p>
      <div className={styles.tableScroll} role="region" aria-label="Vested balance by source" tabIndex={0}>
        <table className={styles.sourceTable}>
          <caption className={styles.visuallyHidden}>Vested balance by source</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col" className="num">Balance</th>
              <th scope="col" className="num">Vested %</th>
              <th scope="col" className="num">Vested</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, balance, percent, vested]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="num">{formatUsd(balance)}</td>
                <td className="num">{percent}%</td>
                <td className="num">{formatUsd(vested)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">{formatUsd(result.balance)}</td>
              <td />
              <td className="num">{formatUsd(result.vested.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <Why lines={today.explanation} label="what is vested today" />
    </>
  );
}

function StayFigures({ stay }: { stay: StayOrGo }) {
  return (
    <>
      {stay.fullyVestedSentence ? (
        <p data-testid="stay-full">{stay.fullyVestedSentence}</p>
      ) : (
        <ol className={styles.steps} data-testid="stay-steps">
          {stay.steps.map((step) => (
            <li key={step.yearsOfService}>
              <span className={styles.stepBadge}>{step.vestedPercent}%</span> {step.sentence}
            </li>
          ))}
        </ol>
      )}
      {stay.caveat ? (
        <p className={styles.note} data-testid="stay-caveat">
          {stay.caveat}
        </p>
      ) : null}
      <Why lines={stay.explanation} label="staying or going" />
    </>
  );
}

export function LimitSectionView({ section }: { section: Section<LimitSection> }) {
  const heading = section.ok ? `Your contribution limit for ${section.value.planYear}` : "Your contribution limit";
  return (
    <section aria-labelledby="limit-heading" className={`${styles.card} ${styles.limitCard}`}>
      <h2 id="limit-heading">{heading}</h2>
      {section.ok ? <LimitFigures limit={section.value} /> : <Missing section={section} />}
    </section>
  );
}

function LimitFigures({ limit }: { limit: LimitSection }) {
  const { result } = limit;
  return (
    <>
      <dl className={styles.figures}>
        <div>
          <dt>Maximum deferral</dt>
          <dd data-testid="max-deferral">{formatUsd(result.maxDeferral)}</dd>
        </div>
        <div>
          <dt>Limit that binds</dt>
          <dd data-testid="binding-limit">{limit.bindingName}</dd>
        </div>
        <div>
          <dt>{result.planPercentCap}% of counted pay</dt>
          <dd>{formatUsd(result.planCap)}</dd>
        </div>
        <div>
          <dt>IRS limit (402(g))</dt>
          <dd>{formatUsd(result.electiveDeferralLimit)}</dd>
        </div>
        {result.requested ? (
          <div>
            <dt>Your deferral</dt>
            <dd data-testid="allowed-deferral">{formatUsd(result.requested.allowedDeferral)}</dd>
          </div>
        ) : null}
      </dl>
      <div aria-live="polite" data-testid="limit-warning-region">
        {limit.warning ? (
          <p className={styles.warning} data-testid="limit-warning">
            <strong>Over the limit.</strong> {limit.warning}
          </p>
        ) : null}
      </div>
      {limit.pending ? <p className={styles.missing}>{limit.pending}</p> : null}
      {limit.limitsNote ? <p className={styles.note}>{limit.limitsNote}</p> : null}
      <p className={styles.note}>{limit.yearNote}</p>
      <Why lines={limit.explanation} label="the contribution limit" />
    </>
  );
}

function downloadProjection(ahead: YearsAhead, asOf: string) {
  downloadCsv(projectionFileName(asOf), projectionCsv(ahead.rows, ahead.inflationPercent));
}

export function YearsAheadSection({
  section,
  asOf,
  onChoose,
}: {
  section: Section<YearsAhead>;
  asOf: string;
  onChoose: (year: number) => void;
}) {
  return (
    <section aria-labelledby="ahead-heading" className={`${styles.card} ${styles.wide}`}>
      <h2 id="ahead-heading">The years ahead</h2>
      {section.ok ? <AheadFigures ahead={section.value} asOf={asOf} onChoose={onChoose} /> : <Missing section={section} />}
    </section>
  );
}

function AheadFigures({ ahead, asOf, onChoose }: { ahead: YearsAhead; asOf: string; onChoose: (year: number) => void }) {
  const today = ahead.inflationPercent !== null;
  // The table shows the year, total, vested and forfeitable; every other column is one tap away.
  const [all, setAll] = useState(false);
  // Amounts of $10,000,000 and more take a smaller type on a phone, so the four columns still fit.
  const dense = ahead.rows.some((row) => formatUsd(row.total).length > 13);
  const printed = printedYears(ahead.rows, ahead.chosen.planYear);
  return (
    <>
      <div className={styles.leave}>
        <label htmlFor="f-leaveYear">Leave at the end of</label>
        <select id="f-leaveYear" name="leaveYear" value={ahead.chosen.planYear} onChange={(event) => onChoose(Number(event.target.value))}>
          {ahead.rows.map((row) => (
            <option key={row.planYear} value={row.planYear}>
              {row.planYear} (age {row.age})
            </option>
          ))}
        </select>
        <p aria-live="polite" className={styles.callout} data-testid="leave-sentence">
          {ahead.chosenSentence}
        </p>
      </div>
      <BalanceChart rows={ahead.rows} chosenYear={ahead.chosen.planYear} todaysDollars={today} onChoose={onChoose} />
      <p className={styles.note}>
        {ahead.years} {ahead.years === 1 ? "year" : "years"}, {ahead.rows[0]!.planYear} to {ahead.rows[ahead.rows.length - 1]!.planYear}
        {ahead.yearsDefaulted ? " (to age 65)" : ""}. Each year ends on December 31.
        {ahead.limitsNote ? ` ${ahead.limitsNote}` : ""}
      </p>
      {ahead.notes.map((note) => (
        <p key={note} className={styles.note}>
          {note}
        </p>
      ))}
      <div className={styles.tableHead}>
        <h3 id="projection-caption" className={styles.tableTitle}>
          Projection by plan year
        </h3>
        <button type="button" className={`${styles.smallButton} no-print`} aria-expanded={all} aria-controls="projection-table" onClick={() => setAll(!all)}>
          {all ? "Show fewer columns" : "Show all columns"}
        </button>
      </div>
      {today ? (
        <p className={styles.note}>
          The chart is in today&apos;s dollars ({ahead.inflationPercent}% inflation a year). The table is in the dollars of each year; its last two columns, under
          &ldquo;Show all columns&rdquo;, are in today&apos;s dollars.
        </p>
      ) : null}
      <div className={styles.tableScroll} role="region" aria-labelledby="projection-caption" tabIndex={0} data-testid="projection-scroll">
        <table id="projection-table" className={`${styles.projection} ${all ? styles.allColumns : ""} ${dense ? styles.dense : ""}`} data-testid="projection-table" aria-labelledby="projection-caption">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className={`num ${styles.wideMore}`}>Age</th>
              <th scope="col" className={`num ${styles.wideMore}`}>Years of service</th>
              <th scope="col" className={`num ${styles.percent}`}>Match vested</th>
              <th scope="col" className={`num ${styles.more}`}>Pay</th>
              <th scope="col" className={`num ${styles.more}`}>Deferral</th>
              <th scope="col" className={`num ${styles.more}`}>Match</th>
              <th scope="col" className={`num ${styles.more}`}>Earnings</th>
              <th scope="col" className={`num ${styles.more} ${styles.printHide}`}>Deferrals balance</th>
              <th scope="col" className={`num ${styles.more} ${styles.printHide}`}>Rollovers balance</th>
              <th scope="col" className={`num ${styles.more} ${styles.printHide}`}>Match balance</th>
              <th scope="col" className="num">Total</th>
              <th scope="col" className="num">Vested</th>
              <th scope="col" className="num">Forfeitable if you leave</th>
              {today ? (
                <>
                  <th scope="col" className={`num ${styles.more}`}>Total, today&apos;s dollars</th>
                  <th scope="col" className={`num ${styles.more}`}>Vested, today&apos;s dollars</th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {ahead.rows.map((row) => (
              <tr
                key={row.planYear}
                className={[row.planYear === ahead.chosen.planYear ? styles.chosenRow : "", printed.has(row.planYear) ? "" : styles.printSkip].filter(Boolean).join(" ") || undefined}
              >
                <th scope="row">{row.planYear}</th>
                <td className={`num ${styles.wideMore}`}>{row.age}</td>
                <td className={`num ${styles.wideMore}`}>{row.yearsOfService}</td>
                <td className={`num ${styles.percent}`}>
                  {row.vestingStep ? <span className={styles.stepMark}>step </span> : null}
                  {row.vestedPercent}%
                </td>
                <td className={`num ${styles.more}`}>{formatUsd(row.compensation)}</td>
                <td className={`num ${styles.more}`}>{formatUsd(row.deferral)}</td>
                <td className={`num ${styles.more}`}>
                  {formatUsd(row.match)}
                  {row.matchReducedBy.greaterThan(0) ? "*" : ""}
                </td>
                <td className={`num ${styles.more}`}>{formatUsd(row.earnings)}</td>
                <td className={`num ${styles.more} ${styles.printHide}`}>{formatUsd(row.balances.deferral)}</td>
                <td className={`num ${styles.more} ${styles.printHide}`}>{formatUsd(row.balances.rollover)}</td>
                <td className={`num ${styles.more} ${styles.printHide}`}>{formatUsd(row.balances.match)}</td>
                <td className="num">{formatUsd(row.total)}</td>
                <td className="num">{formatUsd(row.vested)}</td>
                <td className="num">{formatUsd(row.forfeitable)}</td>
                {today ? (
                  <>
                    <td className={`num ${styles.more}`}>{row.totalToday ? formatUsd(row.totalToday) : ""}</td>
                    <td className={`num ${styles.more}`}>{row.vestedToday ? formatUsd(row.vestedToday) : ""}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={`${styles.note} ${styles.printOnly}`}>
        {printed.size < ahead.rows.length
          ? "Printed: each year until your match is fully vested, then every fifth year and the last, without the balances by source; the CSV download has every year and every column."
          : "Balances by source are left off the printed table; the CSV download has every column."}
      </p>
      {ahead.matchReducedNote ? <p className={styles.note}>{ahead.matchReducedNote}</p> : null}
      <p className={`${styles.actions} no-print`}>
        <button type="button" onClick={() => downloadProjection(ahead, asOf)}>
          Download the table (CSV)
        </button>
      </p>
      <Why lines={ahead.explanation} label="the years ahead" />
    </>
  );
}
