import { useState, type ReactNode } from "react";
import { formatUsd, type Money } from "@/lib/money";
import { printedYears, type LimitSection, type Section, type StayOrGo, type VestedToday, type YearsAhead } from "@/lib/pages/participant/scenario";
import type { ParticipantWords } from "@/lib/pages/participant/words";
import { BalanceChart } from "./chart";
import type { ParticipantText } from "./text";
import styles from "./participant.module.css";

/** The page's strings and words, which every section takes. */
export interface Said {
  text: ParticipantText;
  words: ParticipantWords;
}

/** "Why": the rules behind a section's figures, in sentences with their 11-K citations (`summary`: "Why? The rules behind …"). */
export function Why({ lines, summary }: { lines: readonly string[]; summary: string }) {
  return (
    <details className={styles.why}>
      <summary>{summary}</summary>
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

export function VestedTodaySection({ section, stay, record, onCountByHours, text, words }: Said & {
  section: Section<VestedToday>;
  stay: Section<StayOrGo>;
  record: ReactNode;
  /** Switches the form to hours in each plan year (the plan's own count). */
  onCountByHours: () => void;
}) {
  return (
    <>
      <section aria-labelledby="vested-heading" className={styles.card}>
        <h2 id="vested-heading">{text.vestedHeading}</h2>
        {section.ok ? <VestedFigures today={section.value} onCountByHours={onCountByHours} text={text} words={words} /> : <Missing section={section} />}
      </section>
      {record}
      <section aria-labelledby="stay-heading" className={styles.card}>
        <h2 id="stay-heading">{text.stayHeading}</h2>
        {stay.ok ? <StayFigures stay={stay.value} text={text} /> : <Missing section={stay} />}
      </section>
    </>
  );
}

function VestedFigures({ today, onCountByHours, text, words }: Said & { today: VestedToday; onCountByHours: () => void }) {
  const { result } = today;
  const rows: [string, Money, number, Money][] = [
    [text.rowDeferral, today.balances.deferral, 100, result.vested.deferral],
    [text.rowRollover, today.balances.rollover, 100, result.vested.rollover],
    [text.rowMatch, today.balances.match, result.vestedPercent, result.vested.match],
  ];
  const [before, after] = words.vestedOf(formatUsd(result.balance), today.serviceWords);
  return (
    <>
      <p className={styles.big}>
        <span className={styles.bigLabel}>{text.vestedBalance}</span> <strong data-testid="vested-total">{formatUsd(result.vested.total)}</strong>
        <span className={styles.bigNote}>
          {" "}
          {before}
          <strong data-testid="vested-percent">{result.vestedPercent}%</strong>
          {after}
        </span>
      </p>
      {today.methodNote ? (
        <p className={styles.warning} data-testid="method-note">
          {today.methodNote}{" "}
          <button type="button" className={`${styles.noteAction} no-print`} onClick={onCountByHours}>
            {text.countFromHours}
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
      <div className={styles.tableScroll} role="region" aria-label={text.sourceTable} tabIndex={0}>
        <table className={styles.sourceTable}>
          <caption className={styles.visuallyHidden}>{text.sourceTable}</caption>
          <thead>
            <tr>
              <th scope="col">{text.colSource}</th>
              <th scope="col" className="num">{text.colBalance}</th>
              <th scope="col" className="num">{text.colVestedPercent}</th>
              <th scope="col" className="num">{text.colVested}</th>
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
              <th scope="row">{text.rowTotal}</th>
              <td className="num">{formatUsd(result.balance)}</td>
              <td />
              <td className="num">{formatUsd(result.vested.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <Why lines={today.explanation} summary={text.whyToday} />
    </>
  );
}

function StayFigures({ stay, text }: { stay: StayOrGo; text: ParticipantText }) {
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
      <Why lines={stay.explanation} summary={text.whyStay} />
    </>
  );
}

export function LimitSectionView({ section, text, words }: Said & { section: Section<LimitSection> }) {
  const heading = words.limitHeading(section.ok ? section.value.planYear : null);
  return (
    <section aria-labelledby="limit-heading" className={`${styles.card} ${styles.limitCard}`}>
      <h2 id="limit-heading">{heading}</h2>
      {section.ok ? <LimitFigures limit={section.value} text={text} /> : <Missing section={section} />}
    </section>
  );
}

function LimitFigures({ limit, text }: { limit: LimitSection; text: ParticipantText }) {
  const { result } = limit;
  return (
    <>
      <dl className={styles.figures}>
        <div>
          <dt>{text.maxDeferral}</dt>
          <dd data-testid="max-deferral">{formatUsd(result.maxDeferral)}</dd>
        </div>
        <div>
          <dt>{text.bindingLimit}</dt>
          <dd data-testid="binding-limit">{limit.bindingName}</dd>
        </div>
        <div>
          <dt>
            {result.planPercentCap}
            {text.ofCountedPay}
          </dt>
          <dd>{formatUsd(result.planCap)}</dd>
        </div>
        <div>
          <dt>{text.irsLimit}</dt>
          <dd>{formatUsd(result.electiveDeferralLimit)}</dd>
        </div>
        {result.requested ? (
          <div>
            <dt>{text.yourDeferral}</dt>
            <dd data-testid="allowed-deferral">{formatUsd(result.requested.allowedDeferral)}</dd>
          </div>
        ) : null}
      </dl>
      <div aria-live="polite" data-testid="limit-warning-region">
        {limit.warning ? (
          <p className={styles.warning} data-testid="limit-warning">
            <strong>{text.overLimit}</strong> {limit.warning}
          </p>
        ) : null}
      </div>
      {limit.pending ? <p className={styles.missing}>{limit.pending}</p> : null}
      {limit.limitsNote ? <p className={styles.note}>{limit.limitsNote}</p> : null}
      <p className={styles.note}>{limit.yearNote}</p>
      <Why lines={limit.explanation} summary={text.whyLimit} />
    </>
  );
}

/** The table as a CSV file; its writer loads on the first click, as few people download it. */
async function downloadProjection(ahead: YearsAhead, asOf: string) {
  const [{ downloadCsv }, { projectionCsv, projectionFileName }] = await Promise.all([import("@/app/components/download"), import("@/lib/pages/participant/csv")]);
  downloadCsv(projectionFileName(asOf), projectionCsv(ahead.rows, ahead.inflationPercent));
}

export function YearsAheadSection({
  section,
  asOf,
  onChoose,
  text,
  words,
}: Said & {
  section: Section<YearsAhead>;
  asOf: string;
  onChoose: (year: number) => void;
}) {
  return (
    <section aria-labelledby="ahead-heading" className={`${styles.card} ${styles.wide}`}>
      <h2 id="ahead-heading">{text.aheadHeading}</h2>
      {section.ok ? <AheadFigures ahead={section.value} asOf={asOf} onChoose={onChoose} text={text} words={words} /> : <Missing section={section} />}
    </section>
  );
}

function AheadFigures({ ahead, asOf, onChoose, text, words }: Said & { ahead: YearsAhead; asOf: string; onChoose: (year: number) => void }) {
  const today = ahead.inflationPercent !== null;
  // The table shows the year, total, vested and forfeitable; every other column is one tap away.
  const [all, setAll] = useState(false);
  // Amounts of $10,000,000 and more take a smaller type on a phone, so the four columns still fit.
  const dense = ahead.rows.some((row) => formatUsd(row.total).length > 13);
  const printed = printedYears(ahead.rows, ahead.chosen.planYear);
  return (
    <>
      <div className={styles.leave}>
        <label htmlFor="f-leaveYear">{text.leaveAt}</label>
        <select id="f-leaveYear" name="leaveYear" value={ahead.chosen.planYear} onChange={(event) => onChoose(Number(event.target.value))}>
          {ahead.rows.map((row) => (
            <option key={row.planYear} value={row.planYear}>
              {words.leaveOption(row.planYear, row.age)}
            </option>
          ))}
        </select>
        <p aria-live="polite" className={styles.callout} data-testid="leave-sentence">
          {ahead.chosenSentence}
        </p>
      </div>
      <BalanceChart rows={ahead.rows} chosenYear={ahead.chosen.planYear} todaysDollars={today} onChoose={onChoose} text={text} words={words} />
      <p className={styles.note}>
        {words.aheadSpan(ahead.years, ahead.rows[0]!.planYear, ahead.rows[ahead.rows.length - 1]!.planYear, ahead.yearsDefaulted)}
        {ahead.limitsNote ? ` ${ahead.limitsNote}` : ""}
      </p>
      {ahead.notes.map((note) => (
        <p key={note} className={styles.note}>
          {note}
        </p>
      ))}
      <div className={styles.tableHead}>
        <h3 id="projection-caption" className={styles.tableTitle}>
          {text.projectionCaption}
        </h3>
        <button type="button" className={`${styles.smallButton} no-print`} aria-expanded={all} aria-controls="projection-table" onClick={() => setAll(!all)}>
          {all ? text.fewerColumns : text.allColumns}
        </button>
      </div>
      {ahead.inflationPercent !== null ? <p className={styles.note}>{words.todaysDollarsNote(ahead.inflationPercent)}</p> : null}
      <div className={styles.tableScroll} role="region" aria-labelledby="projection-caption" tabIndex={0} data-testid="projection-scroll">
        <table id="projection-table" className={`${styles.projection} ${all ? styles.allColumns : ""} ${dense ? styles.dense : ""}`} data-testid="projection-table" aria-labelledby="projection-caption">
          <thead>
            <tr>
              <th scope="col">{text.colYear}</th>
              <th scope="col" className={`num ${styles.wideMore}`}>{text.colAge}</th>
              <th scope="col" className={`num ${styles.wideMore}`}>{text.colYearsOfService}</th>
              <th scope="col" className={`num ${styles.percent}`}>{text.colMatchVested}</th>
              <th scope="col" className={`num ${styles.more}`}>{text.colPay}</th>
              <th scope="col" className={`num ${styles.more}`}>{text.colDeferral}</th>
              <th scope="col" className={`num ${styles.more}`}>{text.colMatch}</th>
              <th scope="col" className={`num ${styles.more}`}>{text.colEarnings}</th>
              <th scope="col" className={`num ${styles.more} ${styles.printHide}`}>{text.colDeferralBalance}</th>
              <th scope="col" className={`num ${styles.more} ${styles.printHide}`}>{text.colRolloverBalance}</th>
              <th scope="col" className={`num ${styles.more} ${styles.printHide}`}>{text.colMatchBalance}</th>
              <th scope="col" className="num">{text.colTotal}</th>
              <th scope="col" className="num">{text.colVested}</th>
              <th scope="col" className="num">{text.colForfeitable}</th>
              {today ? (
                <>
                  <th scope="col" className={`num ${styles.more}`}>{text.colTotalToday}</th>
                  <th scope="col" className={`num ${styles.more}`}>{text.colVestedToday}</th>
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
                  {row.vestingStep ? <span className={styles.stepMark}>{text.stepMark} </span> : null}
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
        {printed.size < ahead.rows.length ? text.printedSome : text.printedAll}
      </p>
      {ahead.matchReducedNote ? <p className={styles.note}>{ahead.matchReducedNote}</p> : null}
      <p className={`${styles.actions} no-print`}>
        <button type="button" onClick={() => void downloadProjection(ahead, asOf)}>
          {text.download}
        </button>
      </p>
      <Why lines={ahead.explanation} summary={text.whyAhead} />
    </>
  );
}
