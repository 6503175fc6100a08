/**
 * What only the hours mode needs, loaded when it is chosen (most people give years or a date, and
 * the page stays light for them): the rows and their helpers, and the year-by-year record.
 */
import { useState } from "react";
import { Field } from "@/app/components/field";
import type { IsoDate } from "@/lib/dates";
import type { FormState } from "@/lib/pages/participant/form";
import { hoursDating, hoursYears, linkEntries, yearFieldId, yearKey, yearLabel } from "@/lib/pages/participant/hours";
import { readPasted, totalsByYear, weeksTimesHours } from "@/lib/pages/participant/hours-helpers";
import { serviceRecord } from "@/lib/pages/participant/record";
import type { VestedToday } from "@/lib/pages/participant/scenario";
import type { ParticipantInputs } from "@/lib/pages/participant/validate";
import type { PlanDefinition } from "@/lib/plan/definition";
import { formatHours } from "@/lib/words/format";
import { Why } from "./results";
import styles from "./participant.module.css";

interface HoursFormProps {
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
export default function HoursForm({ state, start, asOf, errors, touched, onTouch, onYears }: HoursFormProps) {
  if (start === null || asOf === null || start > asOf) {
    return <p className={styles.hint}>Enter your employment start date and the as-of date: a row for each plan year from your start to the as-of date appears here.</p>;
  }
  const years = hoursYears(start, asOf);
  const link = state.hoursEntries;
  // A link's entries, shown as their totals a year; changing one year turns them into totals.
  const fromLink = link ? totalsByYear(linkEntries(link, start).entries, asOf) : null;
  const shown = fromLink ? fromLink.byYear : state.hoursByYear;
  const set = (byYear: Record<string, string>) => onYears(fromLink ? { ...fromLink.byYear, ...byYear } : byYear);
  const linkErrors = link ? Object.keys(errors).filter((key) => /^hours\.\d/.test(key)) : [];
  return (
    <div className={styles.hoursBox}>
      <p className={styles.hint} id="hours-dating">
        A plan year runs from January 1 to December 31. Give your hours of service (hours paid) in each year; leave a year empty if you had none. {hoursDating(asOf)}
      </p>
      {link ? (
        <div className={styles.callout} data-testid="hours-from-link">
          <p>
            These hours came from a link as {link.length === 1 ? "1 dated entry" : `${link.length} dated entries`}, and they are counted exactly as given.
            Each year below shows their total. Changing a year replaces them with one total a year.
            {fromLink && fromLink.ahead > 0 ? ` ${fromLink.ahead === 1 ? "1 entry is" : `${fromLink.ahead} entries are`} dated after the as-of date: they count only for the dates ahead, and changing a year drops them.` : ""}
          </p>
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
            label={yearLabel(year, asOf)}
            kind="hours"
            value={shown[String(year)] ?? ""}
            onChange={(value) => set({ ...shown, [String(year)]: value })}
            onBlur={() => onTouch(yearKey(year))}
            error={touched.has(yearKey(year)) ? errors[yearKey(year)] : undefined}
            describedBy="hours-dating"
          />
        ))}
      </div>
      <WeeksHelper years={years} onPut={(year, hours) => set({ ...shown, [String(year)]: hours })} />
      <PasteHelper years={years} onPut={(byYear) => set({ ...shown, ...byYear })} />
    </div>
  );
}

function WeeksHelper({ years, onPut }: { years: number[]; onPut: (year: number, hours: string) => void }) {
  const [year, setYear] = useState(String(years[years.length - 1]));
  const [weeks, setWeeks] = useState("");
  const [perWeek, setPerWeek] = useState("");
  const hours = weeksTimesHours(weeks, perWeek);
  const chosen = years.includes(Number(year)) ? Number(year) : years[years.length - 1]!;
  return (
    <details className={styles.helper}>
      <summary>Work out a year: weeks × hours a week</summary>
      <div className={styles.field}>
        <label htmlFor="f-weeks-year">Plan year</label>
        <select id="f-weeks-year" value={chosen} onChange={(event) => setYear(event.target.value)}>
          {years.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </div>
      <Field id="f-weeks" label="Weeks worked" kind="hours" value={weeks} onChange={setWeeks} />
      <Field id="f-perWeek" label="Hours a week" kind="hours" value={perWeek} onChange={setPerWeek} />
      <p aria-live="polite">{hours === null ? "Enter both numbers." : `${weeks.trim()} × ${perWeek.trim()} = ${formatHours(hours)} hours.`}</p>
      <button type="button" className={styles.smallButton} disabled={hours === null} onClick={() => hours !== null && onPut(chosen, formatHours(hours))}>
        Put these hours in {chosen}
      </button>
    </details>
  );
}

function PasteHelper({ years, onPut }: { years: number[]; onPut: (byYear: Record<string, string>) => void }) {
  const [text, setText] = useState("");
  const [said, setSaid] = useState<string[]>([]);
  const use = () => {
    const pasted = readPasted(text, years);
    const put = Object.keys(pasted.byYear).sort();
    if (put.length > 0) onPut(pasted.byYear);
    setSaid([put.length > 0 ? `Hours put in ${put.join(", ")}.` : "No hours were read.", ...pasted.problems]);
  };
  return (
    <details className={styles.helper}>
      <summary>Paste from a spreadsheet</summary>
      <label htmlFor="f-paste" className={styles.label}>
        Two columns: the year (or a date) and the hours, one line each
      </label>
      <textarea id="f-paste" rows={4} value={text} onChange={(event) => setText(event.target.value)} placeholder={"2003\t1300\n2004\t1900"} />
      <button type="button" className={styles.smallButton} onClick={use}>
        Use these lines
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
export function ServiceRecordCard({ inputs, plan, today }: { inputs: ParticipantInputs; plan: PlanDefinition; today: VestedToday }) {
  const record = serviceRecord(inputs, plan, today);
  if (!record) return null;
  return (
    <section aria-labelledby="service-heading" className={styles.card}>
      <h2 id="service-heading">Your service, year by year</h2>
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
      <div className={styles.tableScroll} role="region" aria-label="Service year by year" tabIndex={0}>
        <table className={styles.sourceTable} data-testid="service-table">
          <caption className={styles.visuallyHidden}>Hours and what each plan year counts as</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">Hours</th>
              <th scope="col">Counts as</th>
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
      <Why lines={record.explanation} label="your years of service" />
    </section>
  );
}
