"use client";

import { Field } from "@/app/components/field";
import { longDate } from "@/lib/dates";
import type { PlanDefinition } from "@/lib/plan/definition";
import { TERMINATION_LABELS, type HoursBy, type ServiceBy, type TerminationField } from "@/lib/pages/hr-forfeitures/termination";
import { TerminationDetails, TerminationStatus } from "./termination-result";
import { useTerminationForm, type TerminationFields } from "./use-termination-form";
import styles from "./forfeitures.module.css";

type TextField = Exclude<TerminationField, "hours">;

const HINTS: Record<TextField, string> = {
  yearsOfService: "Completed years of vesting service; 3.9 counts as 3.",
  employmentStartDate: "The first day worked.",
  terminationDate: "The last day worked. It counts in full.",
  matchBalance: "Employer match and its earnings, in dollars.",
  deferralBalance: "Optional. Always fully vested.",
  rolloverBalance: "Optional. Always fully vested.",
};

const KIND: Record<TextField, "date" | "money" | "number"> = {
  yearsOfService: "number",
  employmentStartDate: "date",
  terminationDate: "date",
  matchBalance: "money",
  deferralBalance: "money",
  rolloverBalance: "money",
};

const SERVICE_CHOICES: [ServiceBy, string][] = [
  ["years", "A number of years"],
  ["dates", "Start date and last day worked"],
  ["hours", "Hours in each plan year"],
];

export function TerminationForm({ plan }: { plan: PlanDefinition }) {
  const { fields, shown } = useTerminationForm(plan);
  const { form, update, touch, shownIssue } = fields;
  const result = fields.outcome.result;

  const field = (name: TextField) => (
    <Field
      key={name}
      id={`term-${name}`}
      name={name}
      label={TERMINATION_LABELS[name]}
      kind={KIND[name]}
      hint={HINTS[name]}
      value={form[name]}
      onChange={(value) => update({ [name]: value })}
      onBlur={() => touch(name)}
      error={shownIssue(name)}
    />
  );

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="A participant leaving">
      <fieldset className={styles.radios}>
        <legend>Service given as</legend>
        {SERVICE_CHOICES.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="serviceBy" value={value} checked={form.serviceBy === value} onChange={() => update({ serviceBy: value })} />
            {label}
          </label>
        ))}
      </fieldset>

      <div className={form.serviceBy === "years" ? styles.grid : styles.dates}>{shown.filter((name): name is TextField => name !== "hours" && !name.endsWith("Balance")).map(field)}</div>

      {form.serviceBy === "hours" ? <HoursFieldset fields={fields} /> : null}

      <div className={styles.grid}>{shown.filter((name): name is TextField => name.endsWith("Balance")).map(field)}</div>

      <label className={styles.check}>
        <input type="checkbox" name="planTerminated" checked={form.planTerminated} onChange={(event) => update({ planTerminated: event.target.checked })} />
        The plan has been terminated ({plan.vesting.terminationCitation}: everyone becomes fully vested)
      </label>

      <div className={styles.result} data-testid="termination-result">
        <TerminationStatus result={result} waitingForFixes={shown.some((name) => shownIssue(name))} />
        {result ? <TerminationDetails result={result} /> : null}
      </div>
    </form>
  );
}

/** The hours of service: a box for each plan year, or pasted lines, and their problems. */
function HoursFieldset({ fields }: { fields: TerminationFields }) {
  const { form, update, touch, outcome, problemsOf, listProblems } = fields;
  const hoursIssue = fields.shownIssue("hours");
  return (
    <fieldset className={styles.hours} aria-describedby="term-hours-message">
      <legend>Hours of service</legend>
      <p className={styles.fieldHint}>
        All hours count, with gaps between assignments and after a rehire: a plan year with no hours is left blank. Hours after the last day are not
        possible.
      </p>
      <div className={styles.radios} role="radiogroup" aria-label="Hours given as">
        {(
          [
            ["years", "A box for each plan year"],
            ["lines", "Paste lines from a spreadsheet"],
          ] as [HoursBy, string][]
        ).map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="hoursBy" value={value} checked={form.hoursBy === value} onChange={() => update({ hoursBy: value })} />
            {label}
          </label>
        ))}
      </div>
      {form.hoursBy === "years" ? (
        outcome.planYears.length === 0 ? (
          <p className={styles.waiting}>Enter the start date and the last day: a box appears for each plan year.</p>
        ) : (
          <div className={styles.yearGrid} data-testid="hours-by-year">
            {outcome.planYears.map((box) => (
              <Field
                key={box.year}
                id={`term-hours-${box.year}`}
                name={`hours-${box.year}`}
                label={`Hours in ${box.year}`}
                kind="hours"
                hint={`${shortDate(box.from)} to ${shortDate(box.through)}`}
                value={form.hoursByYear[String(box.year)] ?? ""}
                onChange={(value) => update({ hoursByYear: { ...form.hoursByYear, [String(box.year)]: value } })}
                onBlur={() => touch("hours")}
                error={problemsOf(`year:${box.year}`)}
              />
            ))}
          </div>
        )
      ) : (
        <div className={styles.field}>
          <label htmlFor="term-hours-lines">Hours, one line each</label>
          <span id="term-hours-lines-hint" className={styles.fieldHint}>
            A date and the hours credited on it (2005-06-30, 40), or a plan year and its hours (2003, 1040). Copy two columns from a spreadsheet; a
            header line is skipped.
          </span>
          <textarea
            id="term-hours-lines"
            name="hoursLines"
            rows={6}
            spellCheck={false}
            autoComplete="off"
            value={form.hoursLines}
            onChange={(event) => update({ hoursLines: event.target.value })}
            onBlur={() => touch("hours")}
            aria-invalid={listProblems.length > 0 ? true : undefined}
            aria-describedby="term-hours-lines-hint term-hours-message"
            className={styles.textarea}
          />
        </div>
      )}
      <div id="term-hours-message" className={styles.messageLine} aria-live="polite">
        {listProblems.length > 1 ? (
          <ul className={styles.problemList}>
            {listProblems.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : (
          (hoursIssue ?? "")
        )}
      </div>
    </fieldset>
  );
}

/** "May 14" for a box's hint (its year is in the label). */
function shortDate(iso: string): string {
  return longDate(iso).replace(/, \d{4}$/, "");
}
