"use client";

import { Field } from "@/app/components/field";
import { fromHourUnits, toHourUnits, type HoursEntry } from "@/lib/rules/hours";
import type { HoursMode } from "@/lib/pages/hr-eligibility/single";
import type { PageWords } from "@/lib/pages/hr-eligibility/words";
import { numbered, type SingleText } from "./single-employee";
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
export function HoursFieldset({ fields, hours, text, words }: { fields: FormFields; hours: readonly HoursEntry[]; text: SingleText; words: PageWords }) {
  const { form, update } = fields;
  return (
    <fieldset className={styles.group}>
      <legend>{text.hoursLegend}</legend>
      <div className={styles.modes}>
        {(
          [
            ["rows", text.modeRows],
            ["paste", text.modePaste],
            ["schedule", text.modeSchedule],
          ] as [HoursMode, string][]
        ).map(([value, label]) => (
          <label key={value} className={styles.choice}>
            <input type="radio" name="one-hours-mode" value={value} checked={form.hoursMode === value} onChange={() => update({ hoursMode: value })} />
            {label}
          </label>
        ))}
      </div>
      <p className={styles.hint}>{text.hoursHint}</p>

      {form.hoursMode === "rows" && <DatedRows fields={fields} text={text} />}
      {form.hoursMode === "paste" && <PastedRows fields={fields} text={text} />}
      {form.hoursMode === "schedule" && <WeeklySchedule fields={fields} text={text} />}
      {hours.length > 0 && (
        <p className={styles.hint} data-testid="hours-summary">
          {words.hoursSummary(
            hours.length,
            fromHourUnits(hours.reduce((sum, entry) => sum + toHourUnits(entry.hours), 0)),
            hours[0]!.date,
            hours[hours.length - 1]!.date,
          )}
        </p>
      )}
    </fieldset>
  );
}

/** Hours as dated rows, one field pair a row. */
function DatedRows({ fields, text }: { fields: FormFields; text: SingleText }) {
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
              label={numbered(text.rowDate, index + 1)}
              kind="date"
              value={row.date}
              error={messages(`rows.${index}.date`, row.date)}
              onChange={(value) => setRow(index, { date: value })}
              onBlur={() => touch(`rows.${index}.date`)}
            />
            <Field
              id={`one-row-${index}-hours`}
              label={numbered(text.rowHours, index + 1)}
              hint={text.rowHoursHint}
              kind="hours"
              value={row.hours}
              error={messages(`rows.${index}.hours`, row.hours)}
              onChange={(value) => setRow(index, { hours: value })}
              onBlur={() => touch(`rows.${index}.hours`)}
            />
            <button
              type="button"
              className={styles.remove}
              aria-label={numbered(text.removeRow, index + 1)}
              onClick={() => update({ rows: form.rows.filter((_, at) => at !== index) })}
            >
              {text.remove}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => update({ rows: [...form.rows, { date: "", hours: "" }] })}>
        {text.addRow}
      </button>
    </div>
  );
}

/** Hours pasted from a spreadsheet. */
function PastedRows({ fields, text }: { fields: FormFields; text: SingleText }) {
  const { form, update, touch, messages } = fields;
  const pasteMessages = messages("paste", form.paste);
  return (
    <div className={styles.field}>
      <label htmlFor="one-paste">{text.pasteLabel}</label>
      <span id="one-paste-hint" className={styles.hint}>
        {text.pasteHint}
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
function WeeklySchedule({ fields, text }: { fields: FormFields; text: SingleText }) {
  const { form, update, touch, messages } = fields;
  return (
    <div>
      <div className={styles.fields}>
        <Field
          id="one-schedule-hoursPerWeek"
          label={text.hoursPerWeek}
          kind="hours"
          hint={text.hoursPerWeekHint}
          value={form.schedule.hoursPerWeek}
          error={messages("schedule.hoursPerWeek", form.schedule.hoursPerWeek)}
          onChange={(value) => update({ schedule: { ...form.schedule, hoursPerWeek: value } })}
          onBlur={() => touch("schedule.hoursPerWeek")}
        />
        {(
          [
            ["from", text.firstDay],
            ["through", text.lastDay],
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
      <p className={styles.hint}>{text.scheduleHint}</p>
    </div>
  );
}
