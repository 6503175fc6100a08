/**
 * What only the hours mode needs, loaded when it is chosen (most people give years or a date, and
 * the page stays light for them): the rows and their helpers, and the year-by-year record.
 */
import { useState } from "react";
import { Field } from "@/app/components/field";
import type { IsoDate } from "@/lib/dates";
import type { FormState } from "@/lib/pages/participant/form";
import { hoursYears, linkEntries, yearFieldId, yearKey, yearLabel } from "@/lib/pages/participant/hours";
import { readPasted, totalsByYear, weeksTimesHours } from "@/lib/pages/participant/hours-helpers";
import { serviceRecord } from "@/lib/pages/participant/record";
import type { VestedToday } from "@/lib/pages/participant/scenario";
import type { ParticipantInputs } from "@/lib/pages/participant/validate";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { HoursModeWords } from "@/lib/pages/participant/words";
import { formatHours } from "@/lib/words/format";
import { Why, type Said } from "./results";
import styles from "./participant.module.css";

/** What the hours mode says with: the page's strings, and its words with the hours' own. */
type HoursSaid = Omit<Said, "words"> & { words: HoursModeWords };

export interface HoursFormProps extends HoursSaid {
  state: FormState;
  /** The start and as-of dates when both read correctly; the rows need them. */
  start: IsoDate | null;
  asOf: IsoDate | null;
  errors: Readonly<Record<string, string | undefined>>;
  touched: ReadonlySet<string>;
  onTouch: (key: string) => void;
  /** Sets the hours of some years; a link's dated entries give way to one total a year. */
  onYears: (byYear: Record<string, string>) => void;
}

/**
 * Hours of service, one row per plan year from the start to the as-of date (plan-rules §4.1),
 * with two helpers: weeks × hours a week, and lines pasted from a spreadsheet.
 */
export default function HoursForm({ state, start, asOf, errors, touched, onTouch, onYears, text, words }: HoursFormProps) {
  if (start === null || asOf === null || start > asOf) {
    return <p className={styles.hint}>{text.hoursNeedDates}</p>;
  }
  const years = hoursYears(start, asOf);
  const link = state.hoursEntries;
  // A link's entries, shown as their totals a year; changing one year turns them into totals.
  const fromLink = link ? totalsByYear(linkEntries(link, start, words).entries, asOf) : null;
  const shown = fromLink ? fromLink.byYear : state.hoursByYear;
  const set = (byYear: Record<string, string>) => onYears(fromLink ? { ...fromLink.byYear, ...byYear } : byYear);
  const linkErrors = link ? Object.keys(errors).filter((key) => /^hours\.\d/.test(key)) : [];
  return (
    <div className={styles.hoursBox}>
      <p className={styles.hint} id="hours-dating">
        {text.hoursIntro} {words.hoursDating(asOf)}
      </p>
      {link ? (
        <div className={styles.callout} data-testid="hours-from-link">
          <p>{words.hoursFromLink(link.length, fromLink ? fromLink.ahead : 0)}</p>
          {linkErrors.length > 0 ? (
            <ul className={styles.errorList}>
              {linkErrors.map((key) => (
                <li key={key}>{errors[key]}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className={styles.hoursGrid}>
        {years.map((year) => (
          <Field
            key={year}
            id={yearFieldId(year)}
            name={yearKey(year)}
            label={yearLabel(year, asOf, words)}
            kind="hours"
            value={shown[String(year)] ?? ""}
            onChange={(value) => set({ ...shown, [String(year)]: value })}
            onBlur={() => onTouch(yearKey(year))}
            error={touched.has(yearKey(year)) ? errors[yearKey(year)] : undefined}
            describedBy="hours-dating"
          />
        ))}
      </div>
      <WeeksHelper years={years} onPut={(year, hours) => set({ ...shown, [String(year)]: hours })} text={text} words={words} />
      <PasteHelper years={years} onPut={(byYear) => set({ ...shown, ...byYear })} text={text} words={words} />
    </div>
  );
}

function WeeksHelper({ years, onPut, text, words }: HoursSaid & { years: number[]; onPut: (year: number, hours: string) => void }) {
  const [year, setYear] = useState(String(years[years.length - 1]));
  const [weeks, setWeeks] = useState("");
  const [perWeek, setPerWeek] = useState("");
  const hours = weeksTimesHours(weeks, perWeek);
  const chosen = years.includes(Number(year)) ? Number(year) : years[years.length - 1]!;
  return (
    <details className={styles.helper}>
      <summary>{text.weeksSummary}</summary>
      <div className={styles.field}>
        <label htmlFor="f-weeks-year">{text.planYear}</label>
        <select id="f-weeks-year" value={chosen} onChange={(event) => setYear(event.target.value)}>
          {years.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </div>
      <Field id="f-weeks" label={text.weeksWorked} kind="hours" value={weeks} onChange={setWeeks} />
      <Field id="f-perWeek" label={text.hoursAWeek} kind="hours" value={perWeek} onChange={setPerWeek} />
      <p aria-live="polite">{words.weeksProduct(weeks.trim(), perWeek.trim(), hours === null ? null : formatHours(hours))}</p>
      <button type="button" className={styles.smallButton} disabled={hours === null} onClick={() => hours !== null && onPut(chosen, formatHours(hours))}>
        {words.putHoursIn(chosen)}
      </button>
    </details>
  );
}

function PasteHelper({ years, onPut, text, words }: HoursSaid & { years: number[]; onPut: (byYear: Record<string, string>) => void }) {
  const [lines, setLines] = useState("");
  const [said, setSaid] = useState<string[]>([]);
  const use = () => {
    const pasted = readPasted(lines, years, words);
    const put = Object.keys(pasted.byYear).sort();
    if (put.length > 0) onPut(pasted.byYear);
    setSaid([words.pastedPut(put), ...pasted.problems]);
  };
  return (
    <details className={styles.helper}>
      <summary>{text.pasteSummary}</summary>
      <label htmlFor="f-paste" className={styles.label}>
        {text.pasteLabel}
      </label>
      <textarea id="f-paste" rows={4} value={lines} onChange={(event) => setLines(event.target.value)} placeholder={"2003\t1300\n2004\t1900"} />
      <button type="button" className={styles.smallButton} onClick={use}>
        {text.useLines}
      </button>
      <div aria-live="polite" data-testid="paste-result">
        {said.map((line) => (
          <p key={line} className={styles.hint}>
            {line}
          </p>
        ))}
      </div>
    </details>
  );
}

/** The year-by-year record of service counted from hours (plan-rules §4.1). */
export type ServiceRecordProps = HoursSaid & { inputs: ParticipantInputs; plan: PlanDefinition; today: VestedToday };

export function ServiceRecordCard({ inputs, plan, today, text, words }: ServiceRecordProps) {
  const record = serviceRecord(inputs, plan, today, words);
  if (!record) return null;
  return (
    <section aria-labelledby="service-heading" className={styles.card}>
      <h2 id="service-heading">{text.serviceHeading}</h2>
      <p className={styles.bigLine} data-testid="years-sentence">
        <strong>{record.yearsSentence}</strong>
      </p>
      <p className={styles.callout} data-testid="progress-sentence">
        {record.progressSentence}
      </p>
      {record.forfeitDateSentence ? (
        <p className={`${styles.callout} ${styles.printHide}`} data-testid="forfeit-date-sentence">
          {record.forfeitDateSentence}
        </p>
      ) : null}
      <div className={styles.tableScroll} role="region" aria-label={text.serviceTable} tabIndex={0}>
        <table className={styles.sourceTable} data-testid="service-table">
          <caption className={styles.visuallyHidden}>{text.serviceCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.colYear}</th>
              <th scope="col" className="num">{text.colHours}</th>
              <th scope="col">{text.colCountsAs}</th>
            </tr>
          </thead>
          <tbody>
            {record.rows.map((row) => (
              <tr key={row.label} className={styles[row.kind]}>
                <th scope="row">{row.label}</th>
                <td className="num">{row.hours}</td>
                <td>{row.words}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={`${styles.note} ${styles.printHide}`}>{record.datingSentence}</p>
      <Why lines={record.explanation} summary={text.whyService} />
    </section>
  );
}
