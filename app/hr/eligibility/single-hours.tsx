"use client";

import { Field } from "@/app/components/field";
import { longDate } from "@/lib/dates";
import { fromHourUnits, toHourUnits, type HoursEntry } from "@/lib/rules/hours";
import { formatCount, formatHours } from "@/lib/words/format";
import type { HoursMode } from "@/lib/pages/hr-eligibility/single";
import type { FormFields } from "./use-employee-form";
import styles from "./eligibility.module.css";

/** A message line kept under a field that is not a text input (the pasted rows), so a message never moves what is below. */
function Problems({ id, messages }: { id: string; messages: string[] | undefined }) {
  return (
    <div id={id} className={styles.message} aria-live="polite">
      {messages?.map((message) => <p key={message}>{message}</p>)}
    </div>
  );
}

/** The hours of service, given one of three ways, and what was read from them. */
export function HoursFieldset({ fields, hours }: { fields: FormFields; hours: readonly HoursEntry[] }) {
  const { form, update } = fields;
  return (
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

      {form.hoursMode === "rows" && <DatedRows fields={fields} />}
      {form.hoursMode === "paste" && <PastedRows fields={fields} />}
      {form.hoursMode === "schedule" && <WeeklySchedule fields={fields} />}
      {hours.length > 0 && (
        <p className={styles.hint} data-testid="hours-summary">
          {formatCount(hours.length)} entr{hours.length === 1 ? "y" : "ies"},{" "}
          {formatHours(fromHourUnits(hours.reduce((sum, entry) => sum + toHourUnits(entry.hours), 0)))} hours, dated{" "}
          {longDate(hours[0]!.date)} to {longDate(hours[hours.length - 1]!.date)}.
        </p>
      )}
    </fieldset>
  );
}

/** Hours as dated rows, one field pair a row. */
function DatedRows({ fields }: { fields: FormFields }) {
  const { form, update, touch, messages } = fields;
  const setRow = (index: number, patch: Partial<{ date: string; hours: string }>) =>
    update({ rows: form.rows.map((row, at) => (at === index ? { ...row, ...patch } : row)) });
  return (
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
  );
}

/** Hours pasted from a spreadsheet. */
function PastedRows({ fields }: { fields: FormFields }) {
  const { form, update, touch, messages } = fields;
  const pasteMessages = messages("paste", form.paste);
  return (
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
  );
}

/** Hours as a weekly schedule between two days. */
function WeeklySchedule({ fields }: { fields: FormFields }) {
  const { form, update, touch, messages } = fields;
  return (
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
  );
}
