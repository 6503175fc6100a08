"use client";

import { useMemo, useState } from "react";
import { Field } from "@/app/components/field";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { EligibilityResult } from "@/lib/rules/eligibility";
import { fromHourUnits, toHourUnits } from "@/lib/rules/hours";
import { formatCount, formatHours, ordinal } from "@/lib/rules/words";
import { periodLabel } from "@/lib/pages/hr-eligibility/periods";
import { answerForm, partTimeInWords, periodLines, type EmployeeForm, type FormGap, type HceMode, type HoursMode } from "@/lib/pages/hr-eligibility/single";
import { gapInWords } from "@/lib/pages/hr-eligibility/spells";
import { useToday } from "@/app/components/today";
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
  gaps: [],
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

/** A message line kept under a field that is not a text input (the pasted rows), so a message never moves what is below. */
function Problems({ id, messages }: { id: string; messages: string[] | undefined }) {
  return (
    <div id={id} className={styles.message} aria-live="polite">
      {messages?.map((message) => <p key={message}>{message}</p>)}
    </div>
  );
}

/** `plan` comes from the server page, so the plan's schema (zod) never ships to the browser. */
export function SingleEmployee({ plan }: { plan: PlanDefinition }) {
  const today = useToday();
  /** The form as typed; its as-of date is null until typed (today is the default). */
  const [typed, setForm] = useState<Omit<EmployeeForm, "asOf"> & { asOf: string | null }>({ ...EMPTY, asOf: null });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const form: EmployeeForm = useMemo(() => ({ ...typed, asOf: typed.asOf ?? today }), [typed, today]);

  const answer = useMemo(() => answerForm(form, plan), [form, plan]);

  const update = (patch: Partial<EmployeeForm>) => setForm((current) => ({ ...current, ...patch }));
  const touch = (key: string) => setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  /** A field's messages: "is required" waits until the person has been to the field. */
  const messages = (key: string, value: string): string[] | undefined => {
    const list = answer.issues[key];
    if (!list) return undefined;
    if (value.trim() === "" && !touched.has(key)) return undefined;
    return list;
  };

  const dateField = (key: "birthDate" | "employmentStartDate" | "asOf", label: string, hint: string) => (
    <Field
      id={`one-${key}`}
      label={label}
      kind="date"
      hint={hint}
      value={form[key]}
      error={messages(key, form[key])}
      onChange={(value) => update({ [key]: value })}
      onBlur={() => touch(key)}
    />
  );

  const setRow = (index: number, patch: Partial<{ date: string; hours: string }>) =>
    update({ rows: form.rows.map((row, at) => (at === index ? { ...row, ...patch } : row)) });

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
              {plan.employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {employer.shortName}
                </option>
              ))}
            </select>
          </div>
          {dateField("birthDate", "Birth date", "")}
          {dateField("employmentStartDate", "Employment start date", "A rehire's first start.")}
          {dateField("asOf", "As-of date", "Today by default.")}
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
              <Field
                id="one-pay"
                label="Last year's pay (USD)"
                kind="money"
                hint="Pay in the year before the as-of date's plan year; blank counts as none."
                value={form.priorYearCompensation}
                error={messages("priorYearCompensation", form.priorYearCompensation)}
                onChange={(value) => update({ priorYearCompensation: value })}
                onBlur={() => touch("priorYearCompensation")}
              />
              <label className={styles.choice}>
                <input type="checkbox" checked={form.fivePercentOwner} onChange={(event) => update({ fivePercentOwner: event.target.checked })} />
                A 5% owner this plan year or last
              </label>
            </div>
          )}
        </fieldset>

        <fieldset className={styles.group} data-testid="gaps">
          <legend>Rehired? Gaps in employment</legend>
          <p className={styles.hint}>
            For someone who left and came back: each gap&apos;s last day worked and the day they were rehired. Every hour counts from the
            first start, so a gap changes no date; it is shown beside the hours.
          </p>
          {form.gaps.length > 0 && (
            <ol className={styles.hourRows}>
              {form.gaps.map((gap, index) => (
                <li key={index} className={styles.hourRow}>
                  <Field
                    id={`one-gap-${index}-last`}
                    label={`Gap ${index + 1}: last day worked`}
                    kind="date"
                    value={gap.lastDay}
                    error={messages(`gaps.${index}.lastDay`, gap.lastDay)}
                    onChange={(value) => update({ gaps: form.gaps.map((g, at) => (at === index ? { ...g, lastDay: value } : g)) })}
                    onBlur={() => touch(`gaps.${index}.lastDay`)}
                  />
                  <Field
                    id={`one-gap-${index}-back`}
                    label={`Gap ${index + 1}: rehired on`}
                    kind="date"
                    value={gap.rehired}
                    error={messages(`gaps.${index}.rehired`, gap.rehired)}
                    onChange={(value) => update({ gaps: form.gaps.map((g, at) => (at === index ? { ...g, rehired: value } : g)) })}
                    onBlur={() => touch(`gaps.${index}.rehired`)}
                  />
                  <button
                    type="button"
                    className={styles.remove}
                    aria-label={`Remove gap ${index + 1}`}
                    onClick={() => update({ gaps: form.gaps.filter((_, at) => at !== index) })}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button type="button" onClick={() => update({ gaps: [...form.gaps, { lastDay: "", rehired: "" }] })}>
            Add a gap
          </button>
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
                {form.rows.map((row, index) => (
                  <li key={index} className={styles.hourRow}>
                    <Field
                      id={`one-row-${index}-date`}
                      label={`Row ${index + 1} date`}
                      kind="date"
                      value={row.date}
                      error={messages(`rows.${index}.date`, row.date)}
                      onChange={(value) => setRow(index, { date: value })}
                      onBlur={() => touch(`rows.${index}.date`)}
                    />
                    <Field
                      id={`one-row-${index}-hours`}
                      label={`Row ${index + 1} hours`}
                      hint="Credited on that date"
                      kind="hours"
                      value={row.hours}
                      error={messages(`rows.${index}.hours`, row.hours)}
                      onChange={(value) => setRow(index, { hours: value })}
                      onBlur={() => touch(`rows.${index}.hours`)}
                    />
                    <button
                      type="button"
                      className={styles.remove}
                      aria-label={`Remove row ${index + 1}`}
                      onClick={() => update({ rows: form.rows.filter((_, at) => at !== index) })}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ol>
              <button type="button" onClick={() => update({ rows: [...form.rows, { date: "", hours: "" }] })}>
                Add a row
              </button>
            </div>
          )}

          {form.hoursMode === "paste" && (
            <div className={styles.field}>
              <label htmlFor="one-paste">Hours rows</label>
              <span id="one-paste-hint" className={styles.hint}>
                One row a line: a date (MM/DD/YYYY or YYYY-MM-DD), then a tab (as a spreadsheet copies) or a comma, then the hours. 2002-03-31, 80
              </span>
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
              <Problems id="one-paste-error" messages={pasteMessages} />
            </div>
          )}

          {form.hoursMode === "schedule" && (
            <div>
              <div className={styles.fields}>
                <Field
                  id="one-schedule-hoursPerWeek"
                  label="Hours a week"
                  kind="hours"
                  hint="30 or 37.5"
                  value={form.schedule.hoursPerWeek}
                  error={messages("schedule.hoursPerWeek", form.schedule.hoursPerWeek)}
                  onChange={(value) => update({ schedule: { ...form.schedule, hoursPerWeek: value } })}
                  onBlur={() => touch("schedule.hoursPerWeek")}
                />
                {(
                  [
                    ["from", "First day"],
                    ["through", "Last day"],
                  ] as const
                ).map(([key, label]) => (
                  <Field
                    key={key}
                    id={`one-schedule-${key}`}
                    label={label}
                    kind="date"
                    value={form.schedule[key]}
                    error={messages(`schedule.${key}`, form.schedule[key])}
                    onChange={(value) => update({ schedule: { ...form.schedule, [key]: value } })}
                    onBlur={() => touch(`schedule.${key}`)}
                  />
                ))}
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
              {formatCount(answer.hours.length)} entr{answer.hours.length === 1 ? "y" : "ies"},{" "}
              {formatHours(fromHourUnits(answer.hours.reduce((sum, entry) => sum + toHourUnits(entry.hours), 0)))} hours, dated{" "}
              {answer.hours[0]!.date} to {answer.hours[answer.hours.length - 1]!.date}.
            </p>
          )}
        </fieldset>
      </form>

      <section className={styles.answer} aria-labelledby="one-answer" aria-live="polite" data-testid="one-answer">
        <h3 id="one-answer">Answer</h3>
        {answer.result && answer.asOf ? (
          <Result result={answer.result} asOf={answer.asOf} gaps={answer.gaps} plan={plan} />
        ) : waiting ? (
          <p>Fill in the birth date and the employment start date to see the answer.</p>
        ) : (
          <p>Fix the fields marked above to see the answer.</p>
        )}
      </section>
    </div>
  );
}

function Result({ result, asOf, gaps, plan }: { result: EligibilityResult; asOf: string; gaps: FormGap[]; plan: PlanDefinition }) {
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  const verdict = result.excluded
    ? `Excluded: a highly compensated employee of ${result.employer.id} cannot join the plan.`
    : result.eligible
      ? `Eligible on ${asOf}.`
      : partTime?.eligible
        ? `Not eligible to join on ${asOf}, but may make their own deferrals as a long-term part-time employee (no employer match).`
        : result.eligibilityDate
          ? `Not yet eligible on ${asOf}: eligible from ${result.eligibilityDate}.`
          : `Not eligible on ${asOf} on the hours given.`;
  const verdictStyle = result.eligible ? styles.verdictYes : result.excluded ? styles.verdictExcluded : partTime?.eligible ? styles.verdictPartTime : styles.verdictNo;
  return (
    <div>
      <p className={verdictStyle} data-testid="verdict">
        {verdict}
      </p>
      <dl className={styles.dates}>
        <dt>Eligibility date</dt>
        <dd data-testid="eligibility-date">{result.eligibilityDate ?? "not reached on the hours given"}</dd>
        <dt>Entry date</dt>
        <dd data-testid="entry-date">
          {result.excluded ? "none: excluded" : (result.entryDate ?? "not reached on the hours given")}
        </dd>
        {partTime && (
          <>
            <dt>May defer</dt>
            <dd data-testid="may-defer">
              {result.mayDefer ? `yes, on ${asOf}` : "no"}
              {partTime.eligibilityDate && !result.excluded ? ` (long-term part-time rule met on ${partTime.eligibilityDate})` : ""}
            </dd>
          </>
        )}
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
            {periodLines(service.periods, asOf, gaps).map((line) => {
              if (line.kind === "gap") {
                return (
                  <li key={`gap-${line.gap.rehired}`} className={styles.gap} data-testid="gap">
                    <strong>Gap:</strong> {gapInWords(line.gap)}.{" "}
                    {line.gap.hours > 0 ? `${formatHours(line.gap.hours)} hours are dated in it; they count.` : "No hours in it."}
                  </li>
                );
              }
              if (line.kind === "empty") {
                return (
                  <li key={`empty-${line.first.start}`} className={styles.periodEmpty}>
                    {line.count === 1
                      ? `${capital(periodLabel(line.first))}: no hours.`
                      : line.first.kind === "planYear" && line.last.kind === "planYear"
                        ? `Plan years ${line.first.start.slice(0, 4)} to ${line.last.start.slice(0, 4)}: no hours.`
                        : `${line.count} periods, ${periodLabel(line.first)} to ${periodLabel(line.last)}: no hours.`}
                  </li>
                );
              }
              const { period } = line;
              const need = service.hoursRequired;
              const short = formatHours(need - period.hours);
              return (
                <li key={`${period.kind}-${period.start}`} className={period.meets ? styles.periodMet : undefined}>
                  <strong>{capital(periodLabel(period))}:</strong>{" "}
                  {period.meets
                    ? `${formatHours(period.hours)} of ${formatHours(need)} hours: met, so the year of service is credited on ${service.metOn}.`
                    : `${formatHours(period.hours)} of ${formatHours(need)} hours, ` +
                      (period.end < asOf ? `${short} short` : `${short} to go by ${period.end}`) +
                      (line.current ? " (the current period)" : "") +
                      (line.closest && !line.current ? " (the closest)" : "") +
                      "."}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {partTime && (
        <>
          <h4>Long-term part-time employee</h4>
          <div data-testid="part-time">
            {partTimeInWords(result, asOf, plan).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {partTime.periods.length > 0 && (
              <ul className={styles.periods}>
                {partTime.periods.map((period) => (
                  <li key={period.start} className={period.qualifies ? styles.periodMet : undefined}>
                    {capital(periodLabel(period))}: {formatHours(period.hours)} hours
                    {period.qualifies ? ` (${formatHours(plan.longTermPartTime.qualifyingHours.hours)} or more; ${period.run} in a row)` : ""}.
                  </li>
                ))}
              </ul>
            )}
          </div>
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

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
