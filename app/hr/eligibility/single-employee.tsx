"use client";

import { useMemo, useState } from "react";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import type { ComputationPeriod, EligibilityResult } from "@/lib/rules/eligibility";
import { formatHours, ordinal } from "@/lib/rules/words";
import { answerForm, type EmployeeForm, type HceMode, type HoursMode } from "@/lib/pages/hr-eligibility/single";
import { useToday } from "./today";
import styles from "./eligibility.module.css";

const EMPTY: EmployeeForm = {
  employer: "SOS",
  birthDate: "",
  employmentStartDate: "",
  asOf: "",
  hce: "no",
  priorYearCompensation: "",
  fivePercentOwner: false,
  hoursMode: "rows",
  rows: [
    { date: "", hours: "" },
    { date: "", hours: "" },
  ],
  paste: "",
  schedule: { hoursPerWeek: "", from: "", through: "" },
};

/** plan-rules' worked example: born 1980-02-29, started 2002-03-15, 1,040 hours in the first 12 months. */
const EXAMPLE: EmployeeForm = {
  ...EMPTY,
  birthDate: "1980-02-29",
  employmentStartDate: "2002-03-15",
  asOf: "2003-06-30",
  rows: [
    { date: "2002-09-30", hours: "520" },
    { date: "2003-03-14", hours: "520" },
  ],
};

function Problems({ id, messages }: { id: string; messages: string[] | undefined }) {
  return (
    <div id={id} className={styles.error} aria-live="polite">
      {messages?.map((message) => <p key={message}>{message}</p>)}
    </div>
  );
}

export function SingleEmployee() {
  const today = useToday();
  /** The form as typed; its as-of date is null until typed (today is the default). */
  const [typed, setForm] = useState<Omit<EmployeeForm, "asOf"> & { asOf: string | null }>({ ...EMPTY, asOf: null });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const form: EmployeeForm = useMemo(() => ({ ...typed, asOf: typed.asOf ?? today }), [typed, today]);

  const answer = useMemo(() => answerForm(form, SOS_PLAN), [form]);

  const update = (patch: Partial<EmployeeForm>) => setForm((current) => ({ ...current, ...patch }));
  const touch = (key: string) => setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  /** A field's messages: "is required" waits until the person has been to the field. */
  const messages = (key: string, value: string): string[] | undefined => {
    const list = answer.issues[key];
    if (!list) return undefined;
    if (value.trim() === "" && !touched.has(key)) return undefined;
    return list;
  };

  const text = (key: "birthDate" | "employmentStartDate" | "asOf", label: string, hint: string) => {
    const shown = messages(key, form[key]);
    return (
      <div className={styles.field}>
        <label htmlFor={`one-${key}`}>{label}</label>
        <input
          id={`one-${key}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="YYYY-MM-DD"
          value={form[key]}
          aria-invalid={shown ? true : undefined}
          aria-describedby={`one-${key}-hint one-${key}-error`}
          onChange={(event) => update({ [key]: event.target.value })}
          onBlur={() => touch(key)}
        />
        <span id={`one-${key}-hint`} className={styles.hint}>
          {hint}
        </span>
        <Problems id={`one-${key}-error`} messages={shown} />
      </div>
    );
  };

  const setRow = (index: number, patch: Partial<{ date: string; hours: string }>) =>
    update({ rows: form.rows.map((row, at) => (at === index ? { ...row, ...patch } : row)) });

  const payMessages = messages("priorYearCompensation", form.priorYearCompensation);
  const pasteMessages = messages("paste", form.paste);
  const waiting = form.birthDate.trim() === "" || form.employmentStartDate.trim() === "";

  return (
    <div className={styles.single}>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-describedby="one-intro">
        <p id="one-intro">
          The answer below is worked out again as you type.{" "}
          <button type="button" className={styles.linkButton} onClick={() => setForm(EXAMPLE)}>
            Fill in an example
          </button>{" "}
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => {
              setForm({ ...EMPTY, asOf: null });
              setTouched(new Set());
            }}
          >
            Clear
          </button>
        </p>
        <div className={styles.fields}>
          <div className={`${styles.field} ${styles.wide}`}>
            <label htmlFor="one-employer">Employer</label>
            <select id="one-employer" value={form.employer} onChange={(event) => update({ employer: event.target.value })}>
              {SOS_PLAN.employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {employer.shortName}
                </option>
              ))}
            </select>
          </div>
          {text("birthDate", "Birth date", "YYYY-MM-DD")}
          {text("employmentStartDate", "Employment start date", "The day of the first hour of service.")}
          {text("asOf", "As-of date", "Eligible or not on this date; today by default.")}
        </div>

        <fieldset className={styles.group}>
          <legend>Highly compensated employee (IRC 414(q))</legend>
          {(
            [
              ["no", "Not highly compensated"],
              ["yes", "Highly compensated"],
              ["workOut", "Work it out from last year's pay and ownership"],
            ] as [HceMode, string][]
          ).map(([value, label]) => (
            <label key={value} className={styles.choice}>
              <input type="radio" name="one-hce" value={value} checked={form.hce === value} onChange={() => update({ hce: value })} />
              {label}
            </label>
          ))}
          {form.hce === "workOut" && (
            <div className={styles.fields}>
              <div className={styles.field}>
                <label htmlFor="one-pay">Last year&apos;s pay (USD)</label>
                <input
                  id="one-pay"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={form.priorYearCompensation}
                  aria-invalid={payMessages ? true : undefined}
                  aria-describedby="one-pay-hint one-pay-error"
                  onChange={(event) => update({ priorYearCompensation: event.target.value })}
                  onBlur={() => touch("priorYearCompensation")}
                />
                <span id="one-pay-hint" className={styles.hint}>
                  Compensation in the year before the as-of date&apos;s plan year; blank counts as none.
                </span>
                <Problems id="one-pay-error" messages={payMessages} />
              </div>
              <label className={styles.choice}>
                <input type="checkbox" checked={form.fivePercentOwner} onChange={(event) => update({ fivePercentOwner: event.target.checked })} />
                A 5% owner this plan year or last
              </label>
            </div>
          )}
        </fieldset>

        <fieldset className={styles.group}>
          <legend>Hours of service</legend>
          <div className={styles.modes}>
            {(
              [
                ["rows", "Dated rows"],
                ["paste", "Paste from a spreadsheet"],
                ["schedule", "Weekly schedule"],
              ] as [HoursMode, string][]
            ).map(([value, label]) => (
              <label key={value} className={styles.choice}>
                <input type="radio" name="one-hours-mode" value={value} checked={form.hoursMode === value} onChange={() => update({ hoursMode: value })} />
                {label}
              </label>
            ))}
          </div>
          <p className={styles.hint}>Each entry credits its hours on its date (a pay period ending then, say). Only the way chosen above is used.</p>

          {form.hoursMode === "rows" && (
            <div>
              <ol className={styles.hourRows}>
                {form.rows.map((row, index) => {
                  const dateMessages = messages(`rows.${index}.date`, row.date);
                  const hoursMessages = messages(`rows.${index}.hours`, row.hours);
                  return (
                    <li key={index} className={styles.hourRow}>
                      <div className={styles.field}>
                        <label htmlFor={`one-row-${index}-date`}>Row {index + 1} date</label>
                        <input
                          id={`one-row-${index}-date`}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          placeholder="YYYY-MM-DD"
                          value={row.date}
                          aria-invalid={dateMessages ? true : undefined}
                          aria-describedby={`one-row-${index}-date-error`}
                          onChange={(event) => setRow(index, { date: event.target.value })}
                          onBlur={() => touch(`rows.${index}.date`)}
                        />
                        <Problems id={`one-row-${index}-date-error`} messages={dateMessages} />
                      </div>
                      <div className={styles.field}>
                        <label htmlFor={`one-row-${index}-hours`}>Row {index + 1} hours</label>
                        <input
                          id={`one-row-${index}-hours`}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          value={row.hours}
                          aria-invalid={hoursMessages ? true : undefined}
                          aria-describedby={`one-row-${index}-hours-error`}
                          onChange={(event) => setRow(index, { hours: event.target.value })}
                          onBlur={() => touch(`rows.${index}.hours`)}
                        />
                        <Problems id={`one-row-${index}-hours-error`} messages={hoursMessages} />
                      </div>
                      <button
                        type="button"
                        className={styles.remove}
                        aria-label={`Remove row ${index + 1}`}
                        onClick={() => update({ rows: form.rows.filter((_, at) => at !== index) })}
                      >
                        Remove
                      </button>
                    </li>
                  );
                })}
              </ol>
              <button type="button" onClick={() => update({ rows: [...form.rows, { date: "", hours: "" }] })}>
                Add a row
              </button>
            </div>
          )}

          {form.hoursMode === "paste" && (
            <div className={styles.field}>
              <label htmlFor="one-paste">Hours rows</label>
              <textarea
                id="one-paste"
                rows={6}
                value={form.paste}
                spellCheck={false}
                aria-invalid={pasteMessages ? true : undefined}
                aria-describedby="one-paste-hint one-paste-error"
                onChange={(event) => update({ paste: event.target.value })}
                onBlur={() => touch("paste")}
              />
              <span id="one-paste-hint" className={styles.hint}>
                One row a line: a date, then a tab (as a spreadsheet copies) or a comma, then the hours. 2002-03-31, 80
              </span>
              <Problems id="one-paste-error" messages={pasteMessages} />
            </div>
          )}

          {form.hoursMode === "schedule" && (
            <div>
              <div className={styles.fields}>
                {(
                  [
                    ["hoursPerWeek", "Hours a week", "30 or 37.5", "decimal"],
                    ["from", "First day", "YYYY-MM-DD", "numeric"],
                    ["through", "Last day", "YYYY-MM-DD", "numeric"],
                  ] as const
                ).map(([key, label, placeholder, mode]) => {
                  const shown = messages(`schedule.${key}`, form.schedule[key]);
                  return (
                    <div className={styles.field} key={key}>
                      <label htmlFor={`one-schedule-${key}`}>{label}</label>
                      <input
                        id={`one-schedule-${key}`}
                        type="text"
                        inputMode={mode}
                        autoComplete="off"
                        placeholder={placeholder}
                        value={form.schedule[key]}
                        aria-invalid={shown ? true : undefined}
                        aria-describedby={`one-schedule-${key}-error`}
                        onChange={(event) => update({ schedule: { ...form.schedule, [key]: event.target.value } })}
                        onBlur={() => touch(`schedule.${key}`)}
                      />
                      <Problems id={`one-schedule-${key}-error`} messages={shown} />
                    </div>
                  );
                })}
              </div>
              <p className={styles.hint}>
                Weeks are counted from the first day, seven days each, and each week&apos;s hours are one entry dated on the week&apos;s last
                day. A shorter last week ending on the last day gets its share of the week&apos;s hours (days ÷ 7, to a hundredth of an hour),
                dated on the last day.
              </p>
            </div>
          )}
          {answer.hours.length > 0 && (
            <p className={styles.hint} data-testid="hours-summary">
              {answer.hours.length.toLocaleString("en-US")} entr{answer.hours.length === 1 ? "y" : "ies"},{" "}
              {formatHours(answer.hours.reduce((sum, entry) => sum + Math.round(entry.hours * 10_000), 0) / 10_000)} hours, dated{" "}
              {answer.hours[0]!.date} to {answer.hours[answer.hours.length - 1]!.date}.
            </p>
          )}
        </fieldset>
      </form>

      <section className={styles.answer} aria-labelledby="one-answer" aria-live="polite" data-testid="one-answer">
        <h3 id="one-answer">Answer</h3>
        {answer.result ? (
          <Result result={answer.result} asOf={form.asOf.trim()} />
        ) : waiting ? (
          <p>Fill in the birth date and the employment start date to see the answer.</p>
        ) : (
          <p>Fix the fields marked above to see the answer.</p>
        )}
      </section>
    </div>
  );
}

function periodName(period: ComputationPeriod): string {
  return period.kind === "initial" ? "Initial period" : period.kind === "planYear" ? "Plan year" : "Anniversary year";
}

function Result({ result, asOf }: { result: EligibilityResult; asOf: string }) {
  const [age, service] = result.requirements;
  const verdict = result.excluded
    ? `Excluded: a highly compensated employee of ${result.employer.id} cannot join the plan.`
    : result.eligible
      ? `Eligible on ${asOf}.`
      : result.eligibilityDate
        ? `Not yet eligible on ${asOf}: eligible from ${result.eligibilityDate}.`
        : `Not eligible on ${asOf} on the hours given.`;
  return (
    <div>
      <p className={result.eligible ? styles.verdictYes : result.excluded ? styles.verdictExcluded : styles.verdictNo} data-testid="verdict">
        {verdict}
      </p>
      <dl className={styles.dates}>
        <dt>Eligibility date</dt>
        <dd data-testid="eligibility-date">{result.eligibilityDate ?? "not reached on the hours given"}</dd>
        <dt>Entry date</dt>
        <dd data-testid="entry-date">
          {result.excluded ? "none: excluded" : (result.entryDate ?? "not reached on the hours given")}
        </dd>
      </dl>
      <table className={styles.requirements}>
        <caption>Requirements</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Met on</th>
            <th scope="col">On {asOf}</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="requirement-age">
            <th scope="row">Age {age.age}</th>
            <td className={styles.date}>{age.metOn}</td>
            <td>{age.met ? "met" : "not yet"}</td>
            <td>{age.citation}</td>
          </tr>
          <tr data-testid="requirement-service">
            <th scope="row">
              {service.kind === "hoursInPeriod"
                ? `${formatHours(service.hoursRequired)} hours in a computation period`
                : `${ordinal(service.days)} day following the first hour of service`}
            </th>
            <td className={service.metOn ? styles.date : undefined}>{service.metOn ?? "not on the hours given"}</td>
            <td>{service.met ? "met" : "not yet"}</td>
            <td>{service.citation}</td>
          </tr>
          <tr data-testid="requirement-hce">
            <th scope="row">{result.employer.excludesHighlyCompensated ? "Not a highly compensated employee" : "Highly compensated employees may join"}</th>
            <td>–</td>
            <td>{result.excluded ? "excluded" : result.highlyCompensated ? "highly compensated, may join" : "met"}</td>
            <td>
              {result.hce.citation}; {result.employer.citation}
            </td>
          </tr>
        </tbody>
      </table>
      {service.kind === "hoursInPeriod" && (
        <>
          <h4>Hours in each computation period</h4>
          <ul className={styles.periods} data-testid="periods">
            {service.periods.map((period) => (
              <li key={`${period.kind}-${period.start}`} className={period.meets ? styles.periodMet : undefined}>
                <strong>
                  {periodName(period)} {period.start} to {period.end}:
                </strong>{" "}
                {period.meets
                  ? `${formatHours(period.hours)} of ${formatHours(service.hoursRequired)} hours: met, so the year of service is credited on ${service.metOn}.`
                  : `${formatHours(period.hours)} of ${formatHours(service.hoursRequired)} hours in the period ending ${period.end}: ${formatHours(service.hoursRequired - period.hours)} to go.`}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Why</h4>
      <ul className={styles.why}>
        {result.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
